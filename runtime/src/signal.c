// Hardware faults as Go sees them: runtime/signal_unix.go (sighandler,
// sigpanic), runtime/signal_amd64.go / signal_arm64.go (preparePanic) and
// the stack-overflow check of runtime/stack.go (newstack).
//
// - A nil dereference that the compiler did not check explicitly faults at
//   an address below 0x1000. Like gc, the handler rewrites the interrupted
//   context so that the faulting instruction appears to have called
//   runtime.sigpanic, which raises the ordinary run-time error panic, as
//   recoverable as any other. Integer division traps likewise
//   become panicdivide.
// - A fault on the stack's guard region is a stack overflow: a fatal error,
//   printed from the alternate signal stack since the goroutine stack is
//   exhausted.
// - Any other fault is gc's `unexpected fault address` fatal error, or
//   under runtime/debug.SetPanicOnFault a panic whose error has the
//   address (gc's panicmemAddr).
// - SIGTRAP (runtime.Breakpoint) is a crash as in gc's sighandler:
//   `SIGTRAP: trace trap`, the pc, a traceback, the registers, exit 2.
// - SIGINT, SIGTERM and SIGHUP flush buffered print output, then kill the
//   process with the same signal, so the output is what gc would have shown.

#include "internal.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

enum { ALT_STACK_SIZE = 64 * 1024 };

// signal_unix.go sigpanic: runs on the goroutine's stack as if called by
// the faulting instruction.
__attribute__((noinline, used))
void golly_sigpanic(void) GOLLY_NAME("runtime.sigpanic") __attribute__((noreturn));
void golly_sigpanic(void) {
    if (golly_panic_signal.sig == SIGFPE)
        golly_panicdivide();
    if (golly_panic_signal.addr >= 0x1000)
        golly_panicmemAddr((uintptr_t)golly_panic_signal.addr);   // under SetPanicOnFault
    golly_panicmem();
}

bool golly_swapPanicOnFault(void *context, bool enabled) {
    (void)context;
    bool old = golly_curg->paniconfault;
    golly_curg->paniconfault = enabled;
    return old;
}

typedef struct {
    uintptr_t pc, sp, fp;
} machine_context;

static machine_context read_context(const ucontext_t *uc) {
#if defined(__x86_64__)
    return (machine_context){
        .pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP],
        .sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP],
        .fp = (uintptr_t)uc->uc_mcontext.gregs[REG_RBP],
    };
#elif defined(__aarch64__)
    return (machine_context){
        .pc = (uintptr_t)uc->uc_mcontext.pc,
        .sp = (uintptr_t)uc->uc_mcontext.sp,
        .fp = (uintptr_t)uc->uc_mcontext.regs[29],
    };
#else
#error "golly runtime: unsupported architecture"
#endif
}

// signal_amd64.go preparePanic: push the faulting pc as a return address and
// continue in sigpanic. Below the interrupted stack pointer lies at most the
// faulting function's red zone, which is dead: that frame never resumes.
static void redirect_to_sigpanic(ucontext_t *uc) {
#if defined(__x86_64__)
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    sp = (sp & ~(uintptr_t)15) - sizeof(uintptr_t);    // ABI alignment at entry
    *(uintptr_t *)sp = pc;
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)golly_sigpanic;
#elif defined(__aarch64__)
    uc->uc_mcontext.regs[30] = uc->uc_mcontext.pc;     // lr
    uc->uc_mcontext.sp &= ~(uint64_t)15;
    uc->uc_mcontext.pc = (uintptr_t)golly_sigpanic;
#endif
}

// A fault at an address between (just below) the stack pointer and the top
// of the stack can only be the stack growing past its limit: everything
// above sp is mapped while the stack is healthy. main.c leaves unmapped
// guard space below the stack, so a large frame that jumps past the end
// faults there.
static bool is_stack_overflow(uintptr_t addr, uintptr_t sp) {
    enum { SLACK = 64 * 1024 };
    if (addr < 0x1000)
        return false;
    if (golly_stack_lo != 0 && addr < golly_stack_lo && addr >= golly_stack_lo - GOLLY_STACK_GUARD)
        return true;
    return sp - SLACK <= addr && addr < golly_stack_top;
}

// stack.go newstack's messages for a goroutine whose stack cannot grow.
static void stack_overflow(machine_context mc) __attribute__((noreturn));
static void stack_overflow(machine_context mc) {
    golly_writestr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    golly_writestr("runtime: sp=");
    golly_writehex(mc.sp);
    golly_writestr(" stack=[");
    golly_writehex(golly_stack_lo);
    golly_writestr(", ");
    golly_writehex(golly_stack_top);
    golly_writestr("]\n");
    golly_writestr("fatal error: stack overflow\n");
    golly_traceback(mc.pc, mc.fp, true);
    golly_exit(2);
}

static void on_fault(int sig, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    machine_context mc = read_context(uc);
    uintptr_t addr = (uintptr_t)info->si_addr;
    int code = info->si_code;

    if ((sig == SIGSEGV || sig == SIGBUS) && is_stack_overflow(addr, mc.sp))
        stack_overflow(mc);

    // signal_unix.go sigpanic's decision.
    bool panics = false;
    switch (sig) {
    case SIGSEGV:
        panics = (code == 0 || code == SEGV_MAPERR || code == SEGV_ACCERR) && addr < 0x1000;
        break;
    case SIGBUS:
        panics = code == BUS_ADRERR && addr < 0x1000;
        break;
    case SIGFPE:
        // Compiled code checks divisors itself; a trap can still come from
        // MinInt / -1 on amd64, which the compiler must avoid (gc defines
        // it to wrap).
        panics = code == FPE_INTDIV;
        break;
    }
    // runtime/debug.SetPanicOnFault: any other fault of a Go goroutine
    // panics too (panicmemAddr), so that it can be recovered.
    if (!panics && sig != SIGFPE && golly_curg != NULL && golly_curg->paniconfault)
        panics = true;
    golly_panic_signal = (golly_siginfo){
        .sig = sig,
        .code = (uint64_t)code,
        .addr = (uint64_t)addr,
        .pc = (uint64_t)mc.pc,
    };
    if (panics) {
        redirect_to_sigpanic(uc);
        return;
    }
    // signal_unix.go sigpanic: print("unexpected fault address ..."),
    // then throw("fault").
    if (sig != SIGFPE) {
        golly_writestr("unexpected fault address ");
        golly_writehex(addr);
        golly_writestr("\n");
    }
    golly_writestr("fatal error: fault\n");
    golly_print_signal_line(&golly_panic_signal);
    golly_traceback(mc.pc, mc.fp, true);
    golly_exit(2);
}

// signal_amd64.go dumpregs.
static void dump_registers(const ucontext_t *uc) {
#if defined(__x86_64__)
    static const struct { const char *label; int reg; } regs[] = {
        {"rax    ", REG_RAX}, {"rbx    ", REG_RBX}, {"rcx    ", REG_RCX}, {"rdx    ", REG_RDX},
        {"rdi    ", REG_RDI}, {"rsi    ", REG_RSI}, {"rbp    ", REG_RBP}, {"rsp    ", REG_RSP},
        {"r8     ", REG_R8}, {"r9     ", REG_R9}, {"r10    ", REG_R10}, {"r11    ", REG_R11},
        {"r12    ", REG_R12}, {"r13    ", REG_R13}, {"r14    ", REG_R14}, {"r15    ", REG_R15},
        {"rip    ", REG_RIP}, {"rflags ", REG_EFL},
    };
    for (size_t i = 0; i < sizeof regs / sizeof *regs; i++) {
        golly_writestr(regs[i].label);
        golly_writehex((uint64_t)uc->uc_mcontext.gregs[regs[i].reg]);
        golly_writestr("\n");
    }
    // REG_CSGSFS packs cs, gs and fs as 16-bit fields (low to high).
    uint64_t csgsfs = (uint64_t)uc->uc_mcontext.gregs[REG_CSGSFS];
    golly_writestr("cs     ");
    golly_writehex(csgsfs & 0xffff);
    golly_writestr("\nfs     ");
    golly_writehex((csgsfs >> 32) & 0xffff);
    golly_writestr("\ngs     ");
    golly_writehex((csgsfs >> 16) & 0xffff);
    golly_writestr("\n");
#else
    (void)uc;
#endif
}

// signal_unix.go sighandler for a signal that crashes the program (gc's
// _SigThrow), here SIGTRAP: `SIGTRAP: trace trap`, `PC=0x.. m=0
// sigcode=128`, the goroutine's traceback, the registers, exit 2.
static void on_trap(int sig, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    machine_context mc = read_context(uc);
    golly_writestr("SIGTRAP: trace trap\nPC=");
    golly_writehex(mc.pc);
    golly_writestr(" m=0 sigcode=");
    golly_printint(info->si_code);
    golly_writestr("\n");
    // After int3 the pc is the next instruction, which gc looks up as is.
    golly_traceback(mc.pc, mc.fp, true);
    golly_writestr("\n");
    dump_registers(uc);
    golly_exit(2);
}

static void on_termination(int sig) {
    golly_flush();
    signal(sig, SIG_DFL);
    raise(sig);
}

// A handler on the alternate stack: `action` with the fault's siginfo and
// context, or a plain `handler` that restarts interrupted calls.
static void set_handler(int sig, void (*handler)(int), void (*action)(int, siginfo_t *, void *)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    if (action != NULL) {
        sa.sa_sigaction = action;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    } else {
        sa.sa_handler = handler;
        sa.sa_flags = SA_RESTART | SA_ONSTACK;
    }
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

void golly_install_signal_handlers(void) {
    // An alternate stack, so a stack overflow can still be reported.
    void *alt = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (alt != MAP_FAILED) {
        stack_t ss = {.ss_sp = alt, .ss_size = ALT_STACK_SIZE, .ss_flags = 0};
        sigaltstack(&ss, NULL);
    }

    set_handler(SIGSEGV, NULL, on_fault);
    set_handler(SIGBUS, NULL, on_fault);
    set_handler(SIGFPE, NULL, on_fault);
    set_handler(SIGTRAP, NULL, on_trap);

    int terminating[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof terminating / sizeof *terminating; i++) {
        struct sigaction old;
        // Keep an inherited "ignore" (nohup), as gc does.
        if (sigaction(terminating[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        golly_on_signal(terminating[i], on_termination);
    }
}

void golly_on_signal(int sig, void (*handler)(int)) { set_handler(sig, handler, NULL); }
