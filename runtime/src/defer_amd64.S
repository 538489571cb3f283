// The returns-twice half of defer/recover on x86-64 (DESIGN.md section 6).
//
// gc's deferproc/deferprocStack (runtime/panic.go) record the caller's SP
// and PC in the _defer record; a recovery (runtime/panic.go recovery, gogo)
// makes that deferproc call return a second time, with 1, and the compiled
// code then jumps to its deferreturn epilogue. gc's ABI has no callee-saved
// registers, so SP and PC suffice. Under the C ABI (System V AMD64) the
// deferring function may keep values in rbx, rbp, r12-r15 across the call,
// so the record also saves those: in effect a setjmp into the record, done
// only on the defer statement, never on function entry.
//
// These are leaf functions that neither push a frame nor allocate, so at
// entry:   (%rsp) = return address into the deferring function
//          %rbp   = the deferring function's frame pointer (its identity:
//                   deferreturn(frame) and the traceback use the same value)
//
// Offsets below must match include/golly/defer.h; defer.c checks them with
// _Static_assert.
//
// No .note.gnu.property (IBT/SHSTK) is emitted on purpose: golly_resume's
// indirect jump lands on a return address, which is neither an endbr64 nor
// consistent with a shadow stack, so CET must stay off for golly programs.

#define D_STARTED   4   // started and heap: two adjacent bools
#define D_SP        8
#define D_PC        16
#define D_PANIC     32
#define D_LINK      40
#define D_REGS      48  // golly_resume_regs

#define R_RBX       0   // golly_resume_regs
#define R_RBP       8
#define R_R12       16
#define R_R13       24
#define R_R14       32
#define R_R15       40
#define R_SP        48

#define G_DEFER     0   // golly_g._defer (internal.h)

    .text

// Saves the resume state (callee-saved registers, the stack pointer after
// the return, the return address) into the record at %rdi, links it at the
// head of the current goroutine's defer list and returns 0. Shared tail of
// deferprocStack and deferproc.
.macro SAVE_AND_LINK
    movq    %rbp, D_SP(%rdi)
    movq    (%rsp), %rax
    movq    %rax, D_PC(%rdi)
    movq    $0, D_PANIC(%rdi)
    movq    %rbx, D_REGS+R_RBX(%rdi)
    movq    %rbp, D_REGS+R_RBP(%rdi)
    movq    %r12, D_REGS+R_R12(%rdi)
    movq    %r13, D_REGS+R_R13(%rdi)
    movq    %r14, D_REGS+R_R14(%rdi)
    movq    %r15, D_REGS+R_R15(%rdi)
    leaq    8(%rsp), %rax
    movq    %rax, D_REGS+R_SP(%rdi)
    // d.link = g._defer; g._defer = d (no write barrier: the GC scans the
    // defer list explicitly, see defer.c).
    movq    golly_curg(%rip), %rax
    movq    G_DEFER(%rax), %rcx
    movq    %rcx, D_LINK(%rdi)
    movq    %rdi, G_DEFER(%rax)
    xorl    %eax, %eax
    ret
.endm

// uintptr_t runtime.deferprocStack(golly_defer *d)
// The compiler filled siz, fn and the arguments; everything else is junk.
    .p2align 4
    .globl  "runtime.deferprocStack"
    .type   "runtime.deferprocStack", @function
"runtime.deferprocStack":
    .cfi_startproc
    movw    $0, D_STARTED(%rdi)     // started = false, heap = false
    SAVE_AND_LINK
    .cfi_endproc
    .size   "runtime.deferprocStack", .-"runtime.deferprocStack"

// uintptr_t runtime.deferproc(golly_defer *d)
// d comes from runtime.newdefer: started = false and heap = true already.
    .p2align 4
    .globl  "runtime.deferproc"
    .type   "runtime.deferproc", @function
"runtime.deferproc":
    .cfi_startproc
    SAVE_AND_LINK
    .cfi_endproc
    .size   "runtime.deferproc", .-"runtime.deferproc"

// void golly_resume(const golly_resume_regs *regs, uintptr_t pc)
// gc's recovery + gogo: continue at pc as if the call that saved regs had
// just returned 1. Everything below regs->sp is abandoned.
    .p2align 4
    .globl  golly_resume
    .hidden golly_resume
    .type   golly_resume, @function
golly_resume:
    .cfi_startproc
    movq    R_RBX(%rdi), %rbx
    movq    R_RBP(%rdi), %rbp
    movq    R_R12(%rdi), %r12
    movq    R_R13(%rdi), %r13
    movq    R_R14(%rdi), %r14
    movq    R_R15(%rdi), %r15
    movq    R_SP(%rdi), %rsp
    movl    $1, %eax
    jmp     *%rsi
    .cfi_endproc
    .size   golly_resume, .-golly_resume

// uintptr_t golly_savecontext(golly_resume_regs *regs, uintptr_t *pc)
// Saves the caller's resume state like deferproc does, without a record;
// returns 0, and 1 when golly_resume(regs, *pc) continues there (Goexit's
// loop, which a recovery may return to: gc's deferCallSave).
    .p2align 4
    .globl  golly_savecontext
    .hidden golly_savecontext
    .type   golly_savecontext, @function
golly_savecontext:
    .cfi_startproc
    movq    %rbx, R_RBX(%rdi)
    movq    %rbp, R_RBP(%rdi)
    movq    %r12, R_R12(%rdi)
    movq    %r13, R_R13(%rdi)
    movq    %r14, R_R14(%rdi)
    movq    %r15, R_R15(%rdi)
    leaq    8(%rsp), %rax
    movq    %rax, R_SP(%rdi)
    movq    (%rsp), %rax
    movq    %rax, (%rsi)
    xorl    %eax, %eax
    ret
    .cfi_endproc
    .size   golly_savecontext, .-golly_savecontext

    .section .note.GNU-stack, "", @progbits
