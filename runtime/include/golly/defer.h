// Defer records, panics and recovery: the seed's runtime2.go _defer and
// _panic carried over to a C runtime (docs/DESIGN.md §5 and §6).
// IRGen builds `golly_defer` records itself (in the frame for stack records),
// so this layout is part of the compiler's ABI: keep Tests/IRGenTests/LayoutTests in step.
#ifndef GOLLY_DEFER_H
#define GOLLY_DEFER_H

#include "abi.h"

struct golly_panic;

// The buffer a recovery resumes the deferring frame through
// (docs/DESIGN.md §6): the builtin-setjmp buffer of LLVM's llvm.eh.sjlj.setjmp, which
// is clang's and GCC's __builtin_setjmp (same words on x86-64). The builtin
// setjmp clobbers every register, so resuming needs only these three words;
// golly_resume (defer_amd64.S) does what llvm.eh.sjlj.longjmp /
// __builtin_longjmp do: rbp = fp, rsp = sp, jump to pc. The code at pc (the
// setjmp's landing block) makes the setjmp return 1 itself.
typedef struct {
    uintptr_t fp;               // word 0: the frame pointer (compiler: llvm.frameaddress(0))
    uintptr_t pc;               // word 1: the resume address (stored by the setjmp itself)
    uintptr_t sp;               // word 2: the stack pointer (compiler: llvm.stacksave)
    uintptr_t target[2];        // words 3-4: the target's (LLVM x86: shadow stack under CET)
    uintptr_t unused[2];        // words 5-6: unused; keep the record's layout
} golly_jmpbuf;

// GCC's -fcf-protection=return moves the stack pointer to word 3 (word 2
// holds the shadow stack pointer): C code sharing these buffers (the
// runtime's Goexit, the self-test) must be built without it.
#if defined(__CET__) && (__CET__ & 2)
#error "golly_jmpbuf: build with -fcf-protection=none (GollyRuntimeFlags.cmake)"
#endif

// A _defer holds an entry on the goroutine's list of deferred calls.
// The compiler fills `siz` (stack records), `fn`, the arguments after the
// record, `sp` and the setjmp buffer `regs` (see golly_deferprocStack);
// deferprocStack / deferproc fill the rest.
typedef struct golly_defer {
    int32_t siz;                // bytes of arguments following the record
    bool started;               // the call has been started (by a panic or deferreturn)
    bool heap;                  // a heap (pool) record: freedefer returns it to the pool
    uint16_t pad;
    uintptr_t sp;               // the deferring frame's identity: its frame pointer
    uintptr_t pc;               // unused: the resume address is regs.pc (kept for the layout)
    go_funcval *fn;             // called as fn->fn(fn, args)
    struct golly_panic *_panic; // the panic running this defer, if any
    struct golly_defer *link;   // next (older) record
    golly_jmpbuf regs;          // where a recovery resumes (the compiler's builtin setjmp)
    // uint8_t args[siz] follow, 8-byte aligned.
} golly_defer;

// A _panic is a panic in progress; it lives in gopanic's frame.
typedef struct golly_panic {
    uintptr_t argp;             // frame pointer of the runtime frame that calls deferred functions
    go_eface arg;               // the panic value
    struct golly_panic *link;   // the earlier panic
    bool recovered;
    bool aborted;               // a newer panic took over while this one ran defers
    bool goexit;                // runtime.Goexit, not a panic
    // Runtime-private (not built by the compiler): for a Goexit, where a
    // recovery that bypasses it returns to (gc's _panic.pc/sp, set by
    // deferCallSave): a GCC __builtin_setjmp buffer in Goexit's loop.
    golly_jmpbuf goexit_regs;
} golly_panic;

// A defer statement, as IRGen (Sources/IRGen/Defer.swift) compiles it:
//
//   d = alloca record                   d = runtime.newdefer(siz)
//   d->siz = siz (stack records); d->fn = fn; the arguments after d
//   d->sp = d->regs.fp = llvm.frameaddress(0); d->regs.sp = llvm.stacksave()
//   runtime.deferprocStack(d)           runtime.deferproc(d)
//   if (llvm.eh.sjlj.setjmp(&d->regs) != 0) goto recovered
//
// The record is linked BEFORE the setjmp (or only on the setjmp's 0 path):
// a recovery lands right after the setjmp with the record already popped
// (and a heap record freed), so a link call on that path would put it back.
// `recovered` runs runtime.deferreturn(frame) and returns the results.
//
// Links a record the compiler allocated in its frame: started = false,
// heap = false, _panic = nil, onto the goroutine's list. Never allocates.
void golly_deferprocStack(golly_defer *d) GOLLY_NAME("runtime.deferprocStack");
// Takes a zeroed record with room for siz bytes of arguments from the pool
// (heap = true), not yet linked. The compiler stores fn and the arguments.
golly_defer *golly_newdefer(int32_t siz) GOLLY_NAME("runtime.newdefer");
// Links a record from newdefer like deferprocStack, keeping heap = true.
void golly_deferproc(golly_defer *d) GOLLY_NAME("runtime.deferproc");
// Runs and pops every record whose sp is `frame` (the caller's frame pointer), newest first.
void golly_deferreturn(uintptr_t frame) GOLLY_NAME("runtime.deferreturn");
// recover(): `frame` is the frame pointer of the function that called recover.
// Returns the panic value if that function was called directly by the runtime
// to run a deferred call of a panic that is not yet recovered; else nil.
go_eface golly_gorecover(uintptr_t frame) GOLLY_NAME("runtime.gorecover");
// Entered by compiler-made thunks before they call the deferred function:
// forwards recover's frame check from the thunk's frame (`frame`) to its callee.
void golly_deferwrap(uintptr_t frame) GOLLY_NAME("runtime.deferwrap");

// runtime.Goexit: runs every deferred call, then ends the goroutine. Called
// from Go with the closure context first (ignored), as package runtime's
// other functions (runtime.h).
void golly_Goexit(void *context) GOLLY_NAME("runtime.Goexit") __attribute__((noreturn));

// A goroutine waiting in a channel's queue (gc's sudog; chan.c).
typedef struct golly_sudog {
    struct golly_g *g;
    void *elem;                 // the value to send, or where to receive
    struct golly_sudog *next, *prev;
    struct golly_chan *c;
    int64_t case_index;         // select: the case this waits for
    bool is_select;
    bool success;               // woken by a completed operation, not by close
} golly_sudog;

// A goroutine's defer and panic state. Compiled code links a stack record
// itself (the seed's deferprocStack, inline: d->link = g->_defer; g->_defer = d)
// and unlinks it when its exit runs the call inline, so `_defer` must stay the
// first field and `golly_curg` the running goroutine.
// runtime.deferwrap (inlined into wrappers) reads `_panic` and its argp.
typedef struct golly_g {
    golly_defer *_defer;        // innermost deferred call first
    golly_panic *_panic;        // innermost panic first
    // The scheduler's (proc.c); compiled code reads only the fields above.
    uintptr_t sched_sp;         // the stack pointer while switched out
    struct golly_g *schedlink;  // next in the run queue or free list
    struct golly_g *allnext, *allprev;  // the goroutines that exist (proc.c)
    int64_t goid;               // 1 for the main goroutine, as in gc
    const char *waitreason;     // why it is parked: "chan receive", ...
    uint8_t *stack_map;         // the mmap'd reservation, guard page included
    uintptr_t stack_lo, stack_hi;
    uintptr_t stack_used_hi;    // the top of what the goroutine uses (below stack_hi)
    void *entry_fn, *entry_arg; // what newproc asked it to call
    void *param;                // the sudog that woke a select (chan.c)
    bool selectdone;            // a select of this goroutine has fired
    bool system;                // the runtime's (the finalizer goroutine)
    bool paniconfault;          // runtime/debug.SetPanicOnFault, for this goroutine (signal.c)
    uintptr_t gopc;             // the return address of the go statement's newproc call (traceback's "created by")
    // The wait of a plain send or receive: kept here rather than in the
    // waiter's frame, since the goroutine that wakes it reads it, and a
    // frame on another goroutine's stack is a TLB miss away.
    golly_sudog wait;
} golly_g;
extern golly_g *golly_curg __attribute__((visibility("hidden")));

#endif
