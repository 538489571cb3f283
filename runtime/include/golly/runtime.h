// Entry points that compiled Go code calls. Each is declared here with the
// Go link name IRGen uses; strings are passed as (ptr, len) pairs so that the
// C calling convention and LLVM's agree without aggregate-passing rules.
#ifndef GOLLY_RUNTIME_H
#define GOLLY_RUNTIME_H

#include "abi.h"

// Program start: C main calls main.init (package initialization, gc's name),
// then main.main, then exits 0.
void golly_main_init(void) GOLLY_NAME("main.init");
void golly_main_main(void) GOLLY_NAME("main.main");

// Memory: zeroed, 16-byte aligned, owned by the garbage collector.
// newobject (malloc.go): a new object of type t; every allocation of
// compiled code goes through it, makeslice or growslice, which receive the
// object's type descriptor and with it its size and pointer layout.
void *golly_newobject(const golly_type *t) GOLLY_NAME("runtime.newobject");
// mallocgc (malloc.go): size bytes for an object of type t, or, with t
// NULL, for memory that holds no pointers (string bytes, the runtime's own
// pointer-free records).
void *golly_mallocgc(uintptr_t size, const golly_type *t);
// mallocgc(size, NULL): pointer-free memory.
void *golly_alloc(go_int size);

// print / println (gc's runtime/print.go): all write to standard error.
void golly_printbool(bool v) GOLLY_NAME("runtime.printbool");
void golly_printint(int64_t v) GOLLY_NAME("runtime.printint");
void golly_printuint(uint64_t v) GOLLY_NAME("runtime.printuint");
void golly_printfloat(double v) GOLLY_NAME("runtime.printfloat");
void golly_printcomplex(double re, double im) GOLLY_NAME("runtime.printcomplex");

// complex128 as compiled code passes it: { double re, im } (two SSE
// registers in the SysV ABI, as LLVM's { double, double }).
typedef struct {
    double re, im;
} golly_complex128;
// n / m for complex128 (runtime/complex.go complex128div).
golly_complex128 golly_complex128div(double nre, double nim, double mre, double mim) GOLLY_NAME("runtime.complex128div");
void golly_printstring(const uint8_t *p, go_int n) GOLLY_NAME("runtime.printstring");
void golly_printpointer(const void *p) GOLLY_NAME("runtime.printpointer");
void golly_printslice(const void *p, go_int len, go_int cap) GOLLY_NAME("runtime.printslice");
void golly_printeface(const golly_type *t, const void *data) GOLLY_NAME("runtime.printeface");
void golly_printsp(void) GOLLY_NAME("runtime.printsp");
void golly_printnl(void) GOLLY_NAME("runtime.printnl");

// Strings.
go_string golly_concatstring2(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) GOLLY_NAME("runtime.concatstring2");
go_int golly_cmpstring(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) GOLLY_NAME("runtime.cmpstring");
go_string golly_intstring(uint8_t *buf, int64_t rune) GOLLY_NAME("runtime.intstring");

// Panics. gopanic never returns while nothing can recover.
void golly_gopanic(const golly_type *t, void *data) GOLLY_NAME("runtime.gopanic") __attribute__((noreturn));
// Runtime errors with gc's exact runtime.Error texts.
void golly_panicdivide(void) GOLLY_NAME("runtime.panicdivide") __attribute__((noreturn));
void golly_panicshift(void) GOLLY_NAME("runtime.panicshift") __attribute__((noreturn));
// unsafe.Slice's checks (gc's unsafe.go panicunsafeslicelen, panicunsafeslicenilptr).
void golly_panicunsafeslicelen(void) GOLLY_NAME("runtime.panicunsafeslicelen") __attribute__((noreturn));
void golly_panicunsafeslicenilptr(void) GOLLY_NAME("runtime.panicunsafeslicenilptr") __attribute__((noreturn));
void golly_panicmem(void) GOLLY_NAME("runtime.panicmem") __attribute__((noreturn));
void golly_panicIndex(go_int x, go_int len) GOLLY_NAME("runtime.panicIndex") __attribute__((noreturn));
void golly_panicIndexU(go_uint x, go_int len) GOLLY_NAME("runtime.panicIndexU") __attribute__((noreturn));

// Goroutines (runtime/proc.go newproc, Gosched). `go f(args)` compiles to
// newproc(fn, args): fn is a func value called as fn->fn(fn, args), args a
// heap block with the evaluated arguments (compiler-made thunks unpack it,
// as for deferred calls).
void golly_newproc(go_funcval *fn, void *args) GOLLY_NAME("runtime.newproc");
// Set by the preemption ticker; the loops of packages that start
// goroutines read it at each back edge and then call preemptPark, which
// clears it and lets the other goroutines run.
extern volatile uint8_t golly_preempt;
void golly_preemptPark(void) GOLLY_NAME("runtime.preemptPark");

// Empty interfaces (runtime/alg.go efaceeq, runtime/iface.go panicdottypeE).
// x == y on two `interface{}` values {t1, d1} and {t2, d2}: false for
// different dynamic types, true for two nils; panics with gc's
// `runtime error: comparing uncomparable type T` for func, map and slice
// values.
bool golly_efaceeq(const golly_type *t1, void *d1, const golly_type *t2, void *d2) GOLLY_NAME("runtime.efaceeq");
// x == y for the values of type t at a and b (the compiler's generated
// type..eq.T of gc): compiled code calls it for structs and arrays too
// large to compare as LLVM values. Panics like efaceeq on an interface
// holding an uncomparable value.
bool golly_typeequal(const golly_type *t, const void *a, const void *b) GOLLY_NAME("runtime.typeequal");
// A failed `x.(T)`: have is x's dynamic type (NULL for a nil interface),
// want is T, iface is x's static interface type (its name is printed, e.g.
// `interface {}`; NULL prints `interface`). Panics with a
// *runtime.TypeAssertionError: `interface conversion: interface {} is
// string, not int`.
void golly_panicdottype(const golly_type *have, const golly_type *want, const golly_type *iface) GOLLY_NAME("runtime.panicdottype") __attribute__((noreturn));

// Non-empty interfaces (runtime/iface.go; abi.h golly_itab).
// convI2I: the itab of (inter, t) for a conversion the type checker proved
// valid (an interface value to another interface type); NULL for t NULL.
const golly_itab *golly_convI2I(const golly_type *inter, const golly_type *t) GOLLY_NAME("runtime.convI2I");
// assertE2I: x.(I) for x of dynamic type t: the itab, or a panic with gc's
// `interface conversion: main.T is not main.I: missing method M`.
const golly_itab *golly_assertE2I(const golly_type *inter, const golly_type *t) GOLLY_NAME("runtime.assertE2I");
// assertE2I2: the comma-ok form: the itab, or NULL.
const golly_itab *golly_assertE2I2(const golly_type *inter, const golly_type *t) GOLLY_NAME("runtime.assertE2I2");
// panicwrap: a value method called through a nil pointer by its wrapper.
void golly_panicwrap(const uint8_t *msg, go_int len) GOLLY_NAME("runtime.panicwrap") __attribute__((noreturn));

// The functions golly's runtime package (std/runtime) declares without a
// body, called from Go with the closure context as the first argument
// (ignored). runtime.Goexit is in defer.h.
// GC: a full collection (runtime/src/mgc.c), then a yield.
void golly_GC(void *context) GOLLY_NAME("runtime.GC");
// runtime/debug.SetGCPercent's hook (mgc.go setGCPercent): sets GOGC's
// percentage (< 0: off) and returns the previous one.
int32_t golly_gcPercent(void *context, int32_t percent) GOLLY_NAME("runtime.gcPercent");
// Gosched: lets the other runnable goroutines run first.
void golly_Gosched(void *context) GOLLY_NAME("runtime.Gosched");
go_int golly_NumGoroutine(void *context) GOLLY_NAME("runtime.NumGoroutine");
// NumCPU: the CPUs the process may run on (sched_getaffinity, as gc's getproccount).
go_int golly_NumCPU(void *context) GOLLY_NAME("runtime.NumCPU");
// goid: the running goroutine's id, as tracebacks print it.
int64_t golly_goid(void *context) GOLLY_NAME("runtime.goid");
// Breakpoint: executes a trap; the program dies with gc's SIGTRAP report.
void golly_Breakpoint(void *context) GOLLY_NAME("runtime.Breakpoint");
// KeepAlive(x any): x arrives as the two words of the interface.
void golly_KeepAlive(void *context, const golly_type *type, void *data) GOLLY_NAME("runtime.KeepAlive");
// GOMAXPROCS(n): the previous setting (1 until changed).
go_int golly_GOMAXPROCS(void *context, go_int n) GOLLY_NAME("runtime.GOMAXPROCS");
// Callers(skip int, pc []uintptr) int: the slice as its three words.
go_int golly_Callers(void *context, go_int skip, uintptr_t *pc, go_int len, go_int cap) GOLLY_NAME("runtime.Callers");
// funcName(pc uintptr) string and funcEntry(pc uintptr) uintptr
// (std/runtime/symtab.go): the function containing pc, from the
// executable's symbol table (symbolize.c); "" and 0 when unknown.
go_string golly_funcName(void *context, uintptr_t pc) GOLLY_NAME("runtime.funcName");
uintptr_t golly_funcEntry(void *context, uintptr_t pc) GOLLY_NAME("runtime.funcEntry");
// funcInlined(pc uintptr) bool: whether the logical frame a pc from
// Callers names is a call inlined into another function (inlineinfo.c).
bool golly_funcInlined(void *context, uintptr_t pc) GOLLY_NAME("runtime.funcInlined");
// SetFinalizer(obj any, finalizer any): each interface as its two words
// (mfinal.c); the finalizer's func descriptor lists its parameter.
void golly_SetFinalizer(void *context, const golly_type *otype, void *obj,
                        const golly_type *ftype, go_funcval *fn) GOLLY_NAME("runtime.SetFinalizer");

// gogetenv(key string) string (std/runtime/extern.go): getenv's value, or "".
go_string golly_gogetenv(void *context, const uint8_t *key, go_int len) GOLLY_NAME("runtime.gogetenv");

// The C side of the hooks std/runtime/reflect.go pushes to reflect and
// internal/reflectlite (runtime/src/reflect.c).
// resolveOff(base unsafe.Pointer, off int32) unsafe.Pointer: type.c's golly_resolve_off.
const void *golly_resolveOff(void *context, const void *base, int32_t off) GOLLY_NAME("runtime.resolveOff");
// newTyped(typ unsafe.Pointer) unsafe.Pointer: a zeroed object of type typ.
void *golly_newTyped(void *context, const golly_type *typ) GOLLY_NAME("runtime.newTyped");
// getitab(inter, typ unsafe.Pointer) unsafe.Pointer: assertE2I's itab, or its panic.
const golly_itab *golly_getitab(void *context, const golly_type *inter, const golly_type *typ) GOLLY_NAME("runtime.getitab");
// chanLen(c unsafe.Pointer) int and mapLen(m unsafe.Pointer) int.
go_int golly_chanLen(void *context, void *c) GOLLY_NAME("runtime.chanLen");
go_int golly_mapLen(void *context, void *m) GOLLY_NAME("runtime.mapLen");
// memmove(dst, src unsafe.Pointer, n uintptr).
void golly_memmove(void *context, void *dst, const void *src, uintptr_t n) GOLLY_NAME("runtime.memmove");
// typeSize(typ unsafe.Pointer) uintptr: the size of typ's values.
uintptr_t golly_typeSize(void *context, const golly_type *typ) GOLLY_NAME("runtime.typeSize");
// addReflectOff(p unsafe.Pointer) int32: type.c's golly_add_reflect_off.
int32_t golly_addReflectOff(void *context, const void *p) GOLLY_NAME("runtime.addReflectOff");
// typelinksCount() int and typelinksFill(dst *int32): the program's type
// descriptors (each package object's `golly_typelinks` section, written by
// the driver), without duplicates, sorted by their strings, as addresses
// (reflect's offsets from a nil section: the executable is not PIE and
// lies below 2 GB). runtime/src/typelinks.c.
go_int golly_typelinksCount(void *context) GOLLY_NAME("runtime.typelinksCount");
void golly_typelinksFill(void *context, int32_t *dst) GOLLY_NAME("runtime.typelinksFill");
// funcAdapters(typ unsafe.Pointer) unsafe.Pointer: typ's abi.h
// golly_func_adapters, or nil for a func type reflect.FuncOf made.
// reflect.c.
const golly_func_adapters *golly_funcAdapters(void *context, const golly_type *typ) GOLLY_NAME("runtime.funcAdapters");
// makeErrorString(s string) any: a runtime.errorString holding s (error.c).
go_eface golly_makeErrorString(void *context, const uint8_t *ptr, go_int len) GOLLY_NAME("runtime.makeErrorString");
// pcFile(pc uintptr) string and pcLine(pc uintptr) int: the file and line
// of pc from the executable's line tables ("?" and 0 when unknown;
// lineinfo.c).
go_string golly_pcFile(void *context, uintptr_t pc) GOLLY_NAME("runtime.pcFile");
go_int golly_pcLine(void *context, uintptr_t pc) GOLLY_NAME("runtime.pcLine");
// swapPanicOnFault(new bool) (old bool): runtime/debug.SetPanicOnFault for
// the running goroutine (gc's g.paniconfault; signal.c).
bool golly_swapPanicOnFault(void *context, bool enabled) GOLLY_NAME("runtime.swapPanicOnFault");
// newArray(elem unsafe.Pointer, n int) unsafe.Pointer: n zeroed elements.
void *golly_newArray(void *context, const golly_type *elem, go_int n) GOLLY_NAME("runtime.newArray");
// memclr(p unsafe.Pointer, n uintptr).
void golly_memclr(void *context, void *p, uintptr_t n) GOLLY_NAME("runtime.memclr");
// typeHash(typ, p unsafe.Pointer, seed uintptr) uintptr: typealg.c's hash.
uintptr_t golly_typeHash(void *context, const golly_type *typ, const void *p, uintptr_t seed) GOLLY_NAME("runtime.typeHash");
// Maps for reflect (map.h): makeMap(typ, hint), mapAccess(typ, m, key)
// (nil when absent), mapAssign(typ, m, key, val) (copies the value in),
// mapDelete(typ, m, key), mapIterInit(typ, m, it), mapIterNext(it).
void *golly_makeMap(void *context, const golly_type *typ, go_int hint) GOLLY_NAME("runtime.makeMap");
void *golly_mapAccess(void *context, const golly_type *typ, void *m, const void *key) GOLLY_NAME("runtime.mapAccess");
void golly_mapAssign(void *context, const golly_type *typ, void *m, const void *key, const void *val) GOLLY_NAME("runtime.mapAssign");
void golly_mapDelete(void *context, const golly_type *typ, void *m, const void *key) GOLLY_NAME("runtime.mapDelete");
void golly_mapIterInit(void *context, const golly_type *typ, void *m, void *it) GOLLY_NAME("runtime.mapIterInit");
void golly_mapIterNext(void *context, void *it) GOLLY_NAME("runtime.mapIterNext");
// Channels for reflect (chan.h): makeChan(typ, size), chanCap(c),
// chanClose(c), selectGo(cases, n, block, recvOK) as golly_selectgo.
void *golly_makeChan(void *context, const golly_type *typ, go_int size) GOLLY_NAME("runtime.makeChan");
go_int golly_chanCap(void *context, void *c) GOLLY_NAME("runtime.chanCap");
void golly_chanClose(void *context, void *c) GOLLY_NAME("runtime.chanClose");
go_int golly_selectGo(void *context, void *cases, go_int n, bool block, bool *recv_ok) GOLLY_NAME("runtime.selectGo");

// The C side of the hooks std/runtime/sema.go pushes to sync (gc's
// runtime/sema.go, on golly's scheduler: runtime/src/sema.c).
// semacquire(addr *uint32, lifo bool): blocks until *addr > 0, then
// decrements it; semrelease(addr *uint32, handoff bool): increments it and
// readies the first waiter on addr.
void golly_semacquire(void *context, uint32_t *addr, bool lifo) GOLLY_NAME("runtime.semacquire");
void golly_semrelease(void *context, uint32_t *addr, bool handoff) GOLLY_NAME("runtime.semrelease");
// sync.Cond's notifyList (sync/runtime.go), as std/runtime/sema.go
// declares it: head and tail link the parked waiters' records.
typedef struct golly_notifylist {
    uint32_t wait;
    uint32_t notify;
    uintptr_t lock;
    void *head;
    void *tail;
} golly_notifylist;
// notifyListWait(l *notifyList, t uint32), notifyListNotifyAll(l),
// notifyListNotifyOne(l).
void golly_notifyListWait(void *context, golly_notifylist *l, uint32_t t) GOLLY_NAME("runtime.notifyListWait");
void golly_notifyListNotifyAll(void *context, golly_notifylist *l) GOLLY_NAME("runtime.notifyListNotifyAll");
void golly_notifyListNotifyOne(void *context, golly_notifylist *l) GOLLY_NAME("runtime.notifyListNotifyOne");
// nanotime() int64: CLOCK_MONOTONIC in nanoseconds.
int64_t golly_nanotime(void *context) GOLLY_NAME("runtime.nanotime");
// fastrand() uint32: gc's fastrand.
uint32_t golly_fastrand32(void *context) GOLLY_NAME("runtime.fastrand");
// fatal(s string): gc's `fatal error: s`, a traceback, exit 2.
void golly_fatal(void *context, const uint8_t *msg, go_int len) GOLLY_NAME("runtime.fatal") __attribute__((noreturn));

// runtime.MemStats, in gc 1.19's layout (runtime/mstats.go): golly's
// runtime package declares the Go type (std/runtime/mstats.go) with these
// fields in this order; Tests/IRGenTests/LayoutTests holds both to it.
enum { GOLLY_MEMSTATS_BYSIZE = 61 };
typedef struct {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
    struct {
        uint32_t Size;
        uint64_t Mallocs, Frees;
    } BySize[GOLLY_MEMSTATS_BYSIZE];
} golly_memstats;
// ReadMemStats(m *MemStats).
void golly_ReadMemStats(void *context, golly_memstats *m) GOLLY_NAME("runtime.ReadMemStats");

#endif
