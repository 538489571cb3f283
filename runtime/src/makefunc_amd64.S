// reflect's makeFuncStub and methodValueCall (gc: reflect/asm_amd64.s): the
// code of every func value reflect.MakeFunc makes and of every method value
// reflect makes. Such a func value may have any type, and its caller passes
// the operands as golly passes that type's (docs/DESIGN.md §4: the SysV
// convention on the lowered signature). The stub keeps the argument
// registers, asks golly_makefunc_target (makefunc.c) for the makefunc
// adapter of the value's type (IRGen/ReflectCalls.swift), restores them
// and jumps to it: the adapter runs as if called in the stub's place, its
// stack operands where the caller put them. The stub's frame is one of
// the runtime's, which the collector scans conservatively, so the operands
// it keeps stay alive while the target is looked up.

    .text

    .p2align 4
    .globl  reflect.makeFuncStub
    .type   reflect.makeFuncStub, @function
    .globl  reflect.methodValueCall
    .type   reflect.methodValueCall, @function
reflect.methodValueCall:
    .cfi_startproc
    // One byte apart: std/reflect tells a method value's context from a
    // MakeFunc's by the code address in its first word.
    nop
reflect.makeFuncStub:
    pushq   %rbp
    .cfi_def_cfa_offset 16
    .cfi_offset %rbp, -16
    movq    %rsp, %rbp
    .cfi_def_cfa_register %rbp
    subq    $176, %rsp                  // 6 words, 8 xmm registers, rax; 16-byte aligned
    movq    %rdi, 0(%rsp)
    movq    %rsi, 8(%rsp)
    movq    %rdx, 16(%rsp)
    movq    %rcx, 24(%rsp)
    movq    %r8, 32(%rsp)
    movq    %r9, 40(%rsp)
    movdqu  %xmm0, 48(%rsp)
    movdqu  %xmm1, 64(%rsp)
    movdqu  %xmm2, 80(%rsp)
    movdqu  %xmm3, 96(%rsp)
    movdqu  %xmm4, 112(%rsp)
    movdqu  %xmm5, 128(%rsp)
    movdqu  %xmm6, 144(%rsp)
    movdqu  %xmm7, 160(%rsp)
    // rdi, rsi: the closure context, or the hidden result pointer and
    // then the context (golly_makefunc_target tells which).
    call    golly_makefunc_target
    movq    %rax, %r11
    movq    0(%rsp), %rdi
    movq    8(%rsp), %rsi
    movq    16(%rsp), %rdx
    movq    24(%rsp), %rcx
    movq    32(%rsp), %r8
    movq    40(%rsp), %r9
    movdqu  48(%rsp), %xmm0
    movdqu  64(%rsp), %xmm1
    movdqu  80(%rsp), %xmm2
    movdqu  96(%rsp), %xmm3
    movdqu  112(%rsp), %xmm4
    movdqu  128(%rsp), %xmm5
    movdqu  144(%rsp), %xmm6
    movdqu  160(%rsp), %xmm7
    movq    %rbp, %rsp
    popq    %rbp
    .cfi_def_cfa %rsp, 8
    jmp     *%r11
    .cfi_endproc
    .size   reflect.methodValueCall, .-reflect.methodValueCall
    .size   reflect.makeFuncStub, .-reflect.makeFuncStub

    .section .note.GNU-stack,"",@progbits
