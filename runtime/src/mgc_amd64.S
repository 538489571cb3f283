// runtime.GC as Go code enters it (docs/DESIGN.md §7). Go frames are
// scanned precisely, but the C frames between the Go caller and the
// collector are scanned conservatively, and they reuse stack that earlier
// calls (runtime.SetFinalizer's, say) left pointers in: a word there would
// keep a dead object, and its finalizer, alive. So the stack below the
// caller is zeroed first, then golly_GC_body (exported.c) runs.

    .text
    .p2align 4
    .globl  runtime.GC
    .type   runtime.GC, @function
runtime.GC:
    .cfi_startproc
    // The Go caller's frame, for the stack scan (mgcmark.c).
    movq    (%rsp), %rax
    movq    %rax, golly_gc_go_ret(%rip)
    leaq    8(%rsp), %rax
    movq    %rax, golly_gc_go_sp(%rip)
    movq    %rbp, golly_gc_go_fp(%rip)
    // The 16 KiB below the caller, clamped to the goroutine's stack.
    movq    %rsp, %rdi
    subq    $8, %rsp
    call    golly_GC_zero_floor
    addq    $8, %rsp
    movq    %rax, %rcx
    movq    %rsp, %rax
1:  subq    $8, %rax
    movq    $0, (%rax)
    cmpq    %rcx, %rax
    ja      1b
    jmp     golly_GC_body
    .cfi_endproc
    .size   runtime.GC, .-runtime.GC

    .section .note.GNU-stack, "", @progbits
