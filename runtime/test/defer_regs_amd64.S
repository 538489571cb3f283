// int64_t golly_test_regs_survive(golly_defer *d, void (*panicker)(void))
//
// Compiled code as LLVM may emit it: values live in callee-saved registers
// across a defer statement. Defers the record d (whose function must
// recover), clobbers those registers, calls panicker. After the recovery
// the deferprocStack call returns 1 with rbx, rbp, r12-r15 and rsp as they
// were at the defer statement; returns 1 if they were, 0 if not.

    .text
    .p2align 4
    .globl  golly_test_regs_survive
    .type   golly_test_regs_survive, @function
golly_test_regs_survive:
    .cfi_startproc
    pushq   %rbp
    movq    %rsp, %rbp
    pushq   %rbx
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
    subq    $24, %rsp               // 16-byte aligned again; slots at -48 and -56
    movq    %rsi, -48(%rbp)
    movl    $0x1111, %ebx
    movl    $0x1212, %r12d
    movl    $0x1313, %r13d
    movl    $0x1414, %r14d
    movl    $0x1515, %r15d
    call    "runtime.deferprocStack"
    testq   %rax, %rax
    jnz     1f
    xorl    %ebx, %ebx
    xorl    %r12d, %r12d
    xorl    %r13d, %r13d
    xorl    %r14d, %r14d
    xorl    %r15d, %r15d
    call    *-48(%rbp)
    ud2
1:
    xorl    %eax, %eax
    cmpq    $0x1111, %rbx
    jne     2f
    cmpq    $0x1212, %r12
    jne     2f
    cmpq    $0x1313, %r13
    jne     2f
    cmpq    $0x1414, %r14
    jne     2f
    cmpq    $0x1515, %r15
    jne     2f
    leaq    -64(%rbp), %rcx         // rsp as it was before the call
    cmpq    %rcx, %rsp
    jne     2f
    movl    $1, %eax
2:
    movq    %rax, -56(%rbp)
    movq    %rbp, %rdi
    call    "runtime.deferreturn"
    movq    -56(%rbp), %rax
    addq    $24, %rsp
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %rbx
    popq    %rbp
    ret
    .cfi_endproc
    .size   golly_test_regs_survive, .-golly_test_regs_survive

    .section .note.GNU-stack, "", @progbits
