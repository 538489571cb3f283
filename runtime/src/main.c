// Program start: the part of runtime/proc.go main (and asm_amd64.s rt0_go)
// golly needs: record the arguments, complete the runtime's own type
// descriptors (type.c), install signal handlers, give the main goroutine
// its stack, run package initialization (main.init, gc's name), then
// main.main, and exit 0. runtime/proc.go main also waits for a panicking
// goroutine to finish printing; with every goroutine on one thread,
// nothing else can be printing here.

#include "internal.h"

#include <sys/mman.h>
#include <ucontext.h>

int golly_argc;
char **golly_argv;
uintptr_t golly_stack_lo;
uintptr_t golly_stack_top;

enum {
    // proc.go: maxstacksize = 1e9 on 64-bit systems. gc grows goroutine
    // stacks up to this size; golly reserves it up front (pages are only
    // committed when touched), so deep recursion works as under gc instead
    // of stopping at the process stack's 8 MB rlimit.
    MAX_STACK = 1000000000,
};

static void run_main(void) {
    golly_scheduler_init(golly_stack_lo, golly_stack_top);
    golly_main_init();
    golly_main_main();
    golly_exit(0);
}

// Switches to a fresh MAX_STACK-byte stack for the main goroutine, once,
// with ucontext. Switches between goroutines are the scheduler's own
// (proc.c, proc_amd64.S golly_swapctx; docs/DESIGN.md §8).
static void run_main_on_own_stack(void) {
    size_t total = GOLLY_STACK_GUARD + MAX_STACK;
    uint8_t *base = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED)
        return;
    uint8_t *lo = base + GOLLY_STACK_GUARD;
    if (mprotect(lo, MAX_STACK, PROT_READ | PROT_WRITE) != 0)
        return;
    static ucontext_t context;
    if (getcontext(&context) != 0)
        return;
    context.uc_stack.ss_sp = lo;
    context.uc_stack.ss_size = MAX_STACK;
    context.uc_link = NULL;
    makecontext(&context, run_main, 0);
    golly_stack_lo = (uintptr_t)lo;
    golly_stack_top = (uintptr_t)lo + MAX_STACK;
    setcontext(&context);
    // setcontext returns only on failure: stay on the process stack.
    golly_stack_lo = 0;
    golly_stack_top = 0;
}

int main(int argc, char **argv) {
    golly_argc = argc;
    golly_argv = argv;
    // The offsets in the runtime's own descriptors (type.c), before
    // anything can panic with one of them.
    golly_types_init();
    golly_install_signal_handlers();
    run_main_on_own_stack();
    // Fallback: the process stack. argv lives above main's frame on it, so
    // every frame of the main goroutine lies below that address.
    golly_stack_top = (uintptr_t)argv;
    run_main();
}
