// The goroutine context switch on x86-64 (docs/DESIGN.md §8; gc's
// runtime/asm_amd64.s gogo and mcall do the same job with gobuf).
//
// Goroutines switch only inside the scheduler, at calls, so only the
// callee-saved registers of the SysV ABI (rbx, rbp, r12-r15) and the stack
// pointer need saving: every other register is dead across a call.

    .text

// void golly_swapctx(uintptr_t *save_sp, uintptr_t new_sp)
// Pushes the callee-saved registers, stores rsp in *save_sp, switches to
// new_sp and pops the registers saved there, returning into the goroutine
// that saved them (or into golly_gostart for a new one).
    .p2align 4
    .globl  golly_swapctx
    .hidden golly_swapctx
    .type   golly_swapctx, @function
golly_swapctx:
    .cfi_startproc
    pushq   %rbp
    pushq   %rbx
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
    movq    %rsp, (%rdi)
    movq    %rsi, %rsp
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %rbx
    popq    %rbp
    ret
    .cfi_endproc
    .size   golly_swapctx, .-golly_swapctx

// The first code of a new goroutine, entered by golly_swapctx's ret with
// rbp = 0 (the end of the frame-pointer chain tracebacks follow) on a
// 16-byte aligned stack. golly_goroutine_main never returns.
    .p2align 4
    .globl  golly_gostart
    .hidden golly_gostart
    .type   golly_gostart, @function
golly_gostart:
    .cfi_startproc
    .cfi_undefined rip
    xorl    %ebp, %ebp
    andq    $-16, %rsp
    call    golly_goroutine_main
    ud2
    .cfi_endproc
    .size   golly_gostart, .-golly_gostart

    .section .note.GNU-stack, "", @progbits
