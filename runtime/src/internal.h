// Declarations shared by the runtime's own C files. Nothing here is part of
// the ABI with compiled Go code (that is include/golly/*.h).
#ifndef GOLLY_INTERNAL_H
#define GOLLY_INTERNAL_H

#include "golly/defer.h"
#include "golly/runtime.h"

#include <stdint.h>

// ---- output.c: the buffered writer behind print/println and crash output.
// gc writes every print straight to fd 2 (runtime/print.go gwrite); golly
// buffers for speed and flushes at exit, before crash output and on fatal
// signals, so the bytes and their order are the same as gc's.
void golly_write(const void *p, size_t n);
void golly_writestr(const char *s);
void golly_flush(void);
// Print p as gc's printhex does: 0x followed by lowercase hex digits.
void golly_writehex(uint64_t v);
// Between golly_capture_begin and golly_capture_end, what golly_write
// writes goes into a string instead (the runtime errors' Error methods
// reuse the routines that print their texts). Captures do not nest.
void golly_capture_begin(void);
go_string golly_capture_end(void);

// ---- msize.c
// gc's roundupsize (runtime/msize.go): the bytes mallocgc really allocates
// for a request of `size`, i.e. its size class or whole 8 KiB pages.
// Kinds whose == and hash are those of their bytes: integers, bools and
// pointer-like values (not floats, strings, interfaces or aggregates).
static inline bool golly_kind_is_bytes(uint8_t kind) {
    switch (kind & GOLLY_KIND_MASK) {
    case GOLLY_KIND_BOOL:
    case GOLLY_KIND_INT: case GOLLY_KIND_INT8: case GOLLY_KIND_INT16:
    case GOLLY_KIND_INT32: case GOLLY_KIND_INT64:
    case GOLLY_KIND_UINT: case GOLLY_KIND_UINT8: case GOLLY_KIND_UINT16:
    case GOLLY_KIND_UINT32: case GOLLY_KIND_UINT64: case GOLLY_KIND_UINTPTR:
    case GOLLY_KIND_POINTER: case GOLLY_KIND_CHAN: case GOLLY_KIND_UNSAFEPOINTER:
        return true;
    default:
        return false;
    }
}

// Unaligned loads of 8 and 4 bytes, for hashing and map control words.
static inline uint64_t golly_load64(const void *p) {
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
    return v;
}
static inline uint32_t golly_load32(const void *p) {
    uint32_t v;
    __builtin_memcpy(&v, p, 4);
    return v;
}
uintptr_t golly_roundupsize(uintptr_t size);
// The small size classes, numbered from 0 (gc's class 1, 8 bytes) to
// GOLLY_NUM_CLASSES - 1 (32 KiB): the class of a size of at most
// GOLLY_MAX_SMALL_SIZE bytes, a class's object size and its span's pages.
enum { GOLLY_NUM_CLASSES = 67, GOLLY_MAX_SMALL_SIZE = 32768 };
int golly_size_class(uintptr_t size);
uintptr_t golly_class_size(int c);
uintptr_t golly_class_pages(int c);

// ---- utf8.c
// gc's encoderune (runtime/utf8.go): writes r's UTF-8 encoding (U+FFFD for
// an invalid rune) to p and returns its length, 1 to 4.
int golly_encoderune(uint8_t p[4], int32_t r);

// A go_string of a string literal.
#define GO_STRING(lit) ((go_string){(const uint8_t *)(lit), sizeof(lit) - 1})

// ---- main.c: process state recorded at start-up.
extern int golly_argc;
extern char **golly_argv;
// The main goroutine's stack is [golly_stack_lo, golly_stack_top).
// Tracebacks do not follow frame pointers beyond the top. golly_stack_lo is
// 0 when the program runs on the process stack (its lower end unknown).
extern uintptr_t golly_stack_lo;
extern uintptr_t golly_stack_top;
// Unmapped space main.c leaves below the stack. A fault in it is a stack
// overflow even when a large frame jumps far past the end (gc checks each
// frame's size in the function prologue instead).
#define GOLLY_STACK_GUARD ((uintptr_t)64 << 20)

// ---- error.c: runtime.Error values.
// The descriptor of `string`, for the runtime's own string records (not
// golly_type_string, which is type.c's function).
extern golly_type golly_string_type;
// The text that gc's preprintpanics gets from v.Error() (or v.String())
// when (t, data) is an error (or a fmt.Stringer); false if it is neither.
bool golly_error_text(const golly_type *t, const void *data, go_string *text);
// The panic value of a runtime error carrying a fixed message (gc's
// errorString, runtime/error.go).
void golly_panic_errorstring(const go_string *msg) __attribute__((noreturn));
// gc's boundsError codes (runtime/error.go).
enum {
    GOLLY_BOUNDS_INDEX = 0,
    GOLLY_BOUNDS_SLICE_ALEN,
    GOLLY_BOUNDS_SLICE_ACAP,
    GOLLY_BOUNDS_SLICE_B,
    GOLLY_BOUNDS_SLICE3_ALEN,
    GOLLY_BOUNDS_SLICE3_ACAP,
    GOLLY_BOUNDS_SLICE3_B,
    GOLLY_BOUNDS_SLICE3_C,
    GOLLY_BOUNDS_CONVERT,
};
void golly_panic_bounds(int64_t x, go_int y, bool is_signed, uint8_t code) __attribute__((noreturn));

// ---- panic.c
// gc's printpanicval (runtime/error.go printany): the value part of a
// `panic: VALUE` line.
void golly_printpanicval(const golly_type *t, const void *data);
// gc's throw (runtime/panic.go): `fatal error: MSG`, a traceback of the
// caller's frames, exit 2.
void golly_throw(const char *msg) __attribute__((noreturn));
// The signal that turned into the current panic, printed by dopanic_m as
// `[signal SIGSEGV: segmentation violation code=... addr=... pc=...]`.
typedef struct {
    int sig;            // 0: the panic did not come from a signal
    uint64_t code;
    uint64_t addr;
    uint64_t pc;
} golly_siginfo;
extern golly_siginfo golly_panic_signal;
void golly_print_signal_line(const golly_siginfo *info);
void golly_exit(int code) __attribute__((noreturn));

// ---- traceback.c
// Prints gc's `goroutine N [running]:` block (N: the current goroutine's
// id) for the frames above `fp`. `pc` is the first frame's pc; `exact`
// says it is a faulting pc (not a return address, so it is not backed up
// by one byte before lookup).
void golly_traceback(uintptr_t pc, uintptr_t fp, bool exact);
// The deadlock report's block for a parked goroutine gp (`goroutine 1
// [chan receive]:` and its frames); self is the one running the report.
void golly_traceback_blocked(golly_g *gp, golly_g *self);
// The blocks of every goroutine but `except`, by id (the runtime's own
// only with `system`): GOTRACEBACK=all and fatal errors (gc's
// tracebackothers).
void golly_traceback_others(golly_g *except, bool system);
// $GOTRACEBACK's level: 0 none, 1 single, 2 all, 3 system.
int golly_traceback_level(void);

// ---- proc.c: goroutines on one thread (docs/DESIGN.md §8).
// The main goroutine's id and stack, before it runs anything.
void golly_scheduler_init(uintptr_t stack_lo, uintptr_t stack_hi);
// proc.go gopark: blocks the current goroutine until golly_goready(it);
// `reason` is what tracebacks print (`chan receive`). If nothing else can
// run, the program is deadlocked: gc's fatal error, exit 2.
void golly_gopark(const char *reason);
// The preemption ticker, started with the first goroutine (proc.c).
void golly_start_ticker(void);
// Parks the current goroutine for good (a nil channel, `select {}`).
void golly_block_forever(const char *reason) __attribute__((noreturn));
// The goroutines that exist: started and not yet ended.
go_int golly_live_goroutines(void);
// Starts a goroutine of the runtime's own (not counted among the program's).
golly_g *golly_newproc_system(go_funcval *fn, void *arg);
// Calls fn for every goroutine that has not ended (the collector's roots).
void golly_for_each_g(void (*fn)(golly_g *gp, void *arg), void *arg);
// proc.go Gosched: the caller goes to the end of the run queue.
void golly_gosched(void);
// proc.go goready: gp runs next.
void golly_goready(golly_g *gp);
// Ends the current goroutine (after its deferred calls ran).
void golly_goexit0(void) __attribute__((noreturn));
// The entry of every goroutine but main (called from golly_gostart).
void golly_goroutine_main(void) __attribute__((noreturn));
// proc_amd64.S
void golly_swapctx(uintptr_t *save_sp, uintptr_t new_sp) __attribute__((visibility("hidden")));
void golly_gostart(void) __attribute__((visibility("hidden")));

// ---- symbolize.c
// Finds the function containing pc: its name and entry address. Returns
// false if nothing is known about pc.
bool golly_symbolize(uintptr_t pc, const char **name, uintptr_t *entry);
// The file and line of pc, from the executable's line tables (lineinfo.c).
bool golly_pcline(uintptr_t pc, go_string *file, go_int *line);

// ---- inlineinfo.c
// How many calls are inlined at pc: the physical frame holds that many
// logical frames more (gc's inlining tree).
int golly_inline_depth(uintptr_t pc);
// Logical frame k at pc (0 the innermost inlined body, golly_inline_depth
// the function the code lies in): its function's Go name, and the file and
// line of pc (k = 0) or of the call inlined in it. False if nothing is known.
bool golly_logical_frame(uintptr_t pc, int k, go_string *name, go_string *file, go_int *line);
enum { GOLLY_MAX_INLINE_DEPTH = 64 };
// Callers' program counters for a logical frame k > 0 carry k above the
// address bits (exported.c), so that CallersFrames and FuncForPC, given
// one, answer for that frame as gc's do for the pc of an inline mark.
enum { GOLLY_PC_FRAME_SHIFT = 48 };
#define GOLLY_PC_ADDRESS(pc) ((pc) & (((uintptr_t)1 << GOLLY_PC_FRAME_SHIFT) - 1))
#define GOLLY_PC_FRAME(pc) ((int)((pc) >> GOLLY_PC_FRAME_SHIFT))

// ---- signal.c
void golly_install_signal_handlers(void);
// Installs a plain handler (restarting interrupted calls, on the
// alternate stack).
void golly_on_signal(int sig, void (*handler)(int));

// ---- defer.c: the goroutine and its deferred calls.
// gc's g: each goroutine has one (proc.c makes them), golly_curg is the
// running one (docs/DESIGN.md §8).
// golly_g and golly_curg are part of the compiler ABI: see include/golly/defer.h.
// panic.go freedefer: returns a heap record to its pool; stack records
// (heap = false) belong to their frame and are left alone.
void golly_freedefer(golly_defer *d);
// Calls d's function as the runtime does for a panic or Goexit: through a
// frame of its own whose address goes to p->argp first, so that recover()
// in the deferred function (whose saved frame pointer is that frame) can
// tell it was called directly by the runtime (gc's deferCallSave/getargp).
void golly_call_deferred(golly_panic *p, golly_defer *d);

// ---- defer_amd64.S
// llvm.eh.sjlj.longjmp / __builtin_longjmp: rbp = buf->fp, rsp = buf->sp,
// jump to buf->pc, where the builtin setjmp that filled buf returns 1.
// buf may lie in the frames being abandoned: its words are read first.
void golly_resume(const golly_jmpbuf *buf)
    __attribute__((noreturn, visibility("hidden")));

// ---- error.c
// The panic value of a failed type assertion (*runtime.TypeAssertionError).
void golly_panic_type_assertion(const golly_type *iface, const golly_type *have,
                                const golly_type *want, go_string missing_method)
    __attribute__((noreturn));
// A runtime.Error whose text has no "runtime error: " prefix (gc's
// plainError, runtime/error.go), e.g. `assignment to entry in nil map`.
void golly_panic_plainerror(const go_string *msg) __attribute__((noreturn));
// panic.go panicmemAddr: a fault at addr under debug.SetPanicOnFault (error.c).
void golly_panicmemAddr(uintptr_t addr) __attribute__((noreturn));

// ---- type.c: reading type descriptors (abi.h; gc's runtime/type.go).
// The pointer an offset from base names (abi.h "Offsets"): base + off for a
// descriptor in the executable, else the one runtime.addReflectOff gave
// the id off. Raw: 0 is not special here.
const void *golly_resolve_off(const void *base, int32_t off);
// runtime.addReflectOff (gc's runtime1.go reflect_addReflectOff): the id
// (-1, -2, ...) by which offsets from descriptors outside the executable
// name p; the same id each time for one p. The pointers are roots of the
// collector, as gc's reflectOffs map keeps them (golly_mark_reflect_offs).
int32_t golly_add_reflect_off(const void *p);
void golly_mark_reflect_offs(void);
// A name's bytes, tag and package path (empty when absent), and its flags.
go_string golly_name_string(const uint8_t *name);
go_string golly_name_tag(const uint8_t *name);
go_string golly_name_pkg_path(const uint8_t *name);
bool golly_name_is_exported(const uint8_t *name);
bool golly_name_is_embedded(const uint8_t *name);
// The name a nameOff from base refers to (NULL for 0).
const uint8_t *golly_name_at(const void *base, golly_name_off off);
// The type a typeOff from base refers to (NULL for 0).
const golly_type *golly_type_at(const void *base, golly_type_off off);
// reflect.Kind of t (the kind byte without its flags).
static inline unsigned golly_kind(const golly_type *t) { return t->kind & GOLLY_KIND_MASK; }
// The type's string as gc prints it (`main.T`, `[]int`, `func(int) string`).
go_string golly_type_string(const golly_type *t);
// The element type of a pointer, slice, array, chan or map type, else NULL.
const golly_type *golly_type_elem(const golly_type *t);
// A map type's key type.
static inline const golly_type *golly_map_key(const golly_type *t) { return ((const golly_maptype *)t)->key; }
// An array type's length.
static inline uintptr_t golly_array_len(const golly_type *t) { return ((const golly_arraytype *)t)->len; }
// A struct type's fields, and their number in *n.
const golly_structfield *golly_struct_fields(const golly_type *t, go_int *n);
// A blank (`_`) field: skipped by == and hashing (spec: "Comparison operators").
bool golly_field_is_blank(const golly_structfield *f);
// A func type's parameter types then its result types; the counts in *in
// and *out, whether the last parameter is ...T in *variadic (each may be NULL).
const golly_type *const *golly_func_params(const golly_type *t, go_int *in, go_int *out, bool *variadic);
// t's uncommon part, or NULL.
const golly_uncommontype *golly_type_uncommon(const golly_type *t);
// t's methods (sorted as abi.h says), their number in *n.
const golly_method *golly_type_methods(const golly_type *t, go_int *n);
// An interface type's methods, their number in *n.
const golly_imethod *golly_interface_methods(const golly_type *t, go_int *n);
// A method's function (its ifn or tfn), resolved from t.
void *golly_method_fn(const golly_type *t, golly_text_off off);
// The generic equal and hash closures' functions (abi.h golly_typed_func).
bool golly_typedequal(const golly_typed_func *ctx, const void *p, const void *q) GOLLY_NAME("runtime.typedequal");
uintptr_t golly_typedhash(const golly_typed_func *ctx, const void *p, uintptr_t seed) GOLLY_NAME("runtime.typedhash");

// The runtime's own descriptors (error.c, chan.c, map.c) are C objects laid
// out as IRGen lays out `type:T`. C cannot initialize an offset with the
// distance between two objects, so their offsets and hashes are written by
// golly_types_init, which main.c runs before any Go code; the objects are
// therefore not const.
//
// A name in gc's encoding (abi.h) as a static constant: the flags, a
// one-byte length (so shorter than 128 bytes), the bytes.
#define GOLLY_STATIC_NAME(flags, lit)                                                      \
    ((const uint8_t *)&(const struct { uint8_t f, n; char s[sizeof(lit) < 128 ? sizeof(lit) : (size_t)-1]; }){ \
        (flags), sizeof(lit) - 1, lit})
// The equal closure of a comparable descriptor (abi.h golly_typed_func).
#define GOLLY_TYPED_EQUAL(desc) \
    (&(const golly_typed_func){(void (*)(void))golly_typedequal, (const golly_type *)&(desc)})
// The offset from base to target, both in the executable; 0 for NULL.
int32_t golly_offset_to(const void *base, const void *target);
// A runtime type's method before its offsets are written.
typedef struct {
    const uint8_t *name;
    const golly_type *mtyp;
    void *fn;                       // both ifn and tfn
} golly_rt_method;
// What golly_init_types writes into a runtime descriptor: type->str (the
// name str), type->hash (FNV-1a of the symbol, `type:` + the string: abi.h),
// type->ptr_to_this, and, when the type has an uncommon part, its package
// path and the offsets of its mcount methods from methods[0...]. The rest
// of the descriptor, the uncommon part's counts included, is static.
typedef struct {
    golly_type *type;
    const uint8_t *str;
    const golly_type *ptr_to_this;
    const uint8_t *pkg_path;
    const golly_rt_method *methods;
} golly_rt_type;
void golly_init_types(const golly_rt_type *types, size_t n);
void golly_types_init(void);
// The files' parts of golly_types_init.
void golly_error_types_init(void);
void golly_chan_types_init(void);
void golly_map_types_init(void);

// ---- typealg.c: == and hashing of any comparable type (alg.go).
// gc's fastrand: a cheap random number (seeded from the clock and ASLR).
uint64_t golly_fastrand(void);
// The 64x64->128-bit product of a and b folded with xor: the mixing step of
// every hash.
static inline uint64_t golly_hashmix(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}
uintptr_t golly_memhash(const void *p, uintptr_t n, uintptr_t seed);
uintptr_t golly_strhash(const go_string *s, uintptr_t seed);
uintptr_t golly_efacehash(const go_eface *e, uintptr_t seed);
// x == y for two values of type t at a and b. Floats compare as IEEE values;
// an interface holding an uncomparable value panics with gc's
// `runtime error: comparing uncomparable type T`, as does an uncomparable t.
// The hash of the value of type t at p: equal values hash alike; a NaN
// hashes randomly. An unhashable value panics with gc's
// `runtime error: hash of unhashable type T`.
uintptr_t golly_typehash(const golly_type *t, const void *p, uintptr_t seed);
// Whether == is defined on t: its descriptor has an equal function (false
// for slices, maps, funcs and the structs and arrays holding one).
bool golly_type_comparable(const golly_type *t);
// Pointer-shaped kinds, whose value an interface holds in its data word (abi.h).
bool golly_is_direct_iface(const golly_type *t);

// ---- map.c: the descriptor of a map's groups (its tables are arrays of
// them), for the collector and the self-test.
struct golly_map;
const golly_type *golly_map_group_type(const struct golly_map *m);

// ---- iface.c: itabs and conversions between interfaces.
// The value at p, of the interface type iface, as an empty interface: a
// non-empty interface's type word is an itab (abi.h golly_itab).
go_eface golly_iface_to_eface(const golly_type *iface, const void *p);
// The method of t named name with the signature sig, or NULL.
const golly_method *golly_find_method(const golly_type *t, const char *name, const char *sig);
void golly_panic_uncomparable(const golly_type *t) __attribute__((noreturn));
void golly_panic_unhashable(const golly_type *t) __attribute__((noreturn));

#endif
