// Exported functions of package runtime that Go code can call today
// (`import "runtime"`). Go calls pass the closure context first; these
// ignore it.

#include "internal.h"

// mgc.go GC: "runs a garbage collection and blocks the caller until the
// garbage collection is complete". There is no collector yet (alloc.c never
// frees), so there is nothing to run: a no-op until docs/DESIGN.md §7's
// collector exists, at which point this runs a full cycle.
void golly_GC(void *context) {
    (void)context;
    // A collection stops the world in gc, which lets other goroutines run
    // after it; with goroutines on one thread, a loop calling runtime.GC
    // must yield to let them run before its next preemption check.
    golly_gosched();
}

// proc.go Gosched: yields the processor to other goroutines (proc.c).
void golly_Gosched(void *context) {
    (void)context;
    golly_gosched();
}

// mfinal.go KeepAlive: marks x reachable until this call. The call itself is
// what matters (the compiler cannot drop the argument before it); there is
// nothing to do at run time.
void golly_KeepAlive(void *context, const golly_type *type, void *data) {
    (void)context; (void)type; (void)data;
}

// debug.go GOMAXPROCS: sets how many OS threads may run Go code at once and
// returns the previous setting; n < 1 only reads it. Goroutines run on one
// thread (docs/DESIGN.md §8), so the setting is kept but changes nothing.
static go_int gomaxprocs = 1;

go_int golly_GOMAXPROCS(void *context, go_int n) {
    (void)context;
    go_int previous = gomaxprocs;
    if (n > 0)
        gomaxprocs = n;
    return previous;
}

// debug.go NumGoroutine: the goroutines that exist (proc.c).
go_int golly_NumGoroutine(void *context) {
    (void)context;
    return golly_live_goroutines();
}

// proc.go Breakpoint -> asm_amd64.s breakpoint: a trap instruction. gc's
// signal handler treats the SIGTRAP as a crash (`SIGTRAP: trace trap`,
// traceback, registers, exit 2); signal.c does the same.
// The frame address operand makes GCC build a frame even in this leaf, so
// the traceback from the trap finds the caller through the frame pointer.
__attribute__((noinline))
void golly_Breakpoint(void *context) {
#if defined(__x86_64__)
    __asm__ volatile("int3" : : "r"(__builtin_frame_address(0)));
#elif defined(__aarch64__)
    __asm__ volatile("brk #0" : : "r"(__builtin_frame_address(0)));
#endif
}
