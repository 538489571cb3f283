// Defer records, panics and recovery: the seed's runtime2.go _defer and
// _panic carried over to a C runtime (DESIGN.md sections 5 and 6).
// IRGen builds `golly_defer` records itself (in the frame for stack records),
// so this layout is part of the compiler's ABI: keep Tests/IRGenTests/LayoutTests in step.
#ifndef GOLLY_DEFER_H
#define GOLLY_DEFER_H

#include "abi.h"

struct golly_panic;

// The callee-saved state that resuming a frame after a recovery needs
// (x86-64 System V): rbx, rbp, r12-r15, the stack pointer the deferring call
// returns with, and the address it returns to.
typedef struct {
    uintptr_t rbx, rbp, r12, r13, r14, r15;
    uintptr_t sp;
} golly_resume_regs;

// A _defer holds an entry on the goroutine's list of deferred calls.
// The compiler fills `siz` and `fn` (and the arguments after the record);
// deferprocStack / deferproc fill the rest.
typedef struct golly_defer {
    int32_t siz;                // bytes of arguments following the record
    bool started;               // the call has been started (by a panic or deferreturn)
    bool heap;                  // a heap (pool) record: freedefer returns it to the pool
    uint16_t pad;
    uintptr_t sp;               // the deferring frame's identity: its frame pointer
    uintptr_t pc;               // where a recovery resumes: deferproc's return address
    go_funcval *fn;             // called as fn->fn(fn, args)
    struct golly_panic *_panic; // the panic running this defer, if any
    struct golly_defer *link;   // next (older) record
    golly_resume_regs regs;     // saved by deferproc/deferprocStack for recovery
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
    // deferCallSave).
    golly_resume_regs goexit_regs;
    uintptr_t goexit_pc;
} golly_panic;

// Links a record the compiler allocated in its frame (heap = false). Written in
// assembly: saves the resume state into d, returns 0; a recovery makes the same
// call return 1 (returns_twice). Never allocates from the GC heap.
uintptr_t golly_deferprocStack(golly_defer *d) GOLLY_NAME("runtime.deferprocStack") __attribute__((returns_twice));
// Takes a zeroed record with room for siz bytes of arguments from the pool
// (heap = true), not yet linked. The compiler stores fn and the arguments.
golly_defer *golly_newdefer(int32_t siz) GOLLY_NAME("runtime.newdefer");
// Links a record from newdefer; returns 0, or 1 after a recovery (like deferprocStack).
uintptr_t golly_deferproc(golly_defer *d) GOLLY_NAME("runtime.deferproc") __attribute__((returns_twice));
// Runs and pops every record whose sp is `frame` (the caller's frame pointer), newest first.
void golly_deferreturn(uintptr_t frame) GOLLY_NAME("runtime.deferreturn");
// recover(): `frame` is the frame pointer of the function that called recover.
// Returns the panic value if that function was called directly by the runtime
// to run a deferred call of a panic that is not yet recovered; else nil.
go_eface golly_gorecover(uintptr_t frame) GOLLY_NAME("runtime.gorecover");
// Entered by compiler-made thunks before they call the deferred function:
// forwards recover's frame check from the thunk's frame (`frame`) to its callee.
void golly_deferwrap(uintptr_t frame) GOLLY_NAME("runtime.deferwrap");

// runtime.Goexit: runs every deferred call, then ends the goroutine.
void golly_Goexit(void) GOLLY_NAME("runtime.Goexit") __attribute__((noreturn));

#endif
