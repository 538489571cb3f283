// Exported functions of package runtime that Go code can call today
// (`import "runtime"`). Go calls pass the closure context first; these
// ignore it.

#include "internal.h"

// mgc.go GC: "runs a garbage collection and blocks the caller until the
// garbage collection is complete". There is no collector yet (alloc.c never
// frees), so there is nothing to run: a no-op until DESIGN.md section 7's
// collector exists, at which point this runs a full cycle.
void golly_GC(void *context) {
}

// proc.go Gosched: yields the processor to other goroutines. With a single
// goroutine there is none to run; the scheduler (DESIGN.md section 8) makes
// this a real yield.
void golly_Gosched(void *context) {
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
