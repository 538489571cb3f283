// Hooks of the standard library's golly-owned bodies (std/README.md):
// internal/cpu's cpuid and xgetbv, which gc writes in assembly
// (internal/cpu/cpu_x86.s). Go code reaches them by //go:linkname, so
// they take the Go calling convention's closure context first.

#include "internal.h"

#include <cpuid.h>

void golly_cpuid(void *context, uint32_t eax, uint32_t ecx, uint32_t out[4]) GOLLY_NAME("runtime.cpuid");
void golly_cpuid(void *context, uint32_t eax, uint32_t ecx, uint32_t out[4]) {
    (void)context;
    __cpuid_count(eax, ecx, out[0], out[1], out[2], out[3]);
}

void golly_xgetbv(void *context, uint32_t out[2]) GOLLY_NAME("runtime.xgetbv");
void golly_xgetbv(void *context, uint32_t out[2]) {
    (void)context;
    uint32_t eax, edx;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    out[0] = eax;
    out[1] = edx;
}
