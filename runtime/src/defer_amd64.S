// The resume half of defer/recover on x86-64 (docs/DESIGN.md §6).
//
// gc's recovery (runtime/panic.go recovery, gogo) makes the deferring
// frame's deferproc call return a second time, with 1. golly's compiled code
// instead marks each defer statement with LLVM's builtin setjmp
// (llvm.eh.sjlj.setjmp, clang's and GCC's __builtin_setjmp) into the
// record's buffer; Goexit's loop uses GCC's __builtin_setjmp the same way.
// The builtin setjmp clobbers every register, so a resume restores only the
// frame pointer and the stack pointer and jumps: what llvm.eh.sjlj.longjmp
// (X86ISelLowering emitEHSjLjLongJmp) and GCC's __builtin_longjmp emit. The
// landing code sets the setjmp's result to 1 itself.
//
// No .note.gnu.property (IBT/SHSTK) is emitted on purpose: with a shadow
// stack the jump would also have to unwind the shadow stack, which the
// buffer (word 3 under LLVM's cf-protection-return) does not record here, so
// CET must stay off for golly programs.

#define B_FP        0   // golly_jmpbuf (include/golly/defer.h)
#define B_PC        8
#define B_SP        16

    .text

// void golly_resume(const golly_jmpbuf *buf)
// Continue at buf->pc with rbp = buf->fp and rsp = buf->sp. Everything below
// buf->sp is abandoned; buf itself may lie there (gopanic's copy), so all
// three words are read before rsp changes.
    .p2align 4
    .globl  golly_resume
    .hidden golly_resume
    .type   golly_resume, @function
golly_resume:
    .cfi_startproc
    movq    B_FP(%rdi), %rbp
    movq    B_PC(%rdi), %rax
    movq    B_SP(%rdi), %rsp
    jmp     *%rax
    .cfi_endproc
    .size   golly_resume, .-golly_resume

    .section .note.GNU-stack, "", @progbits
