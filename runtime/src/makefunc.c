// The runtime's part of calls through reflect (IRGen/ReflectCalls.swift):
// the adapters a func type's descriptor carries, and where the stubs of
// makefunc_amd64.S send a call of a func value reflect made.

#include "internal.h"
#include "mheap.h"

const golly_func_adapters *golly_func_adapters_of(const golly_type *t) {
    // reflect.FuncOf's descriptors are objects of the heap, and end with
    // their parameter and result types.
    uintptr_t index;
    if (golly_span_of((uintptr_t)t, &index) != NULL)
        return NULL;
    go_int in, out;
    const golly_type *const *types = golly_func_params(t, &in, &out, NULL);
    return (const golly_func_adapters *)(types + in + out);
}

const golly_func_adapters *golly_funcAdapters(void *context, const golly_type *typ) {
    (void)context;
    return golly_func_adapters_of(typ);
}

// std/reflect's gollyMakeFuncTarget(ctx) unsafe.Pointer: the makefunc
// adapter of the func value's type. Weak: a program without reflect has
// no func values that reach the stubs.
extern void *golly_reflect_makefunc_target(void *context, void *ctx)
    GOLLY_NAME("reflect.gollyMakeFuncTarget") __attribute__((weak));

// The stubs' question, with their first two argument registers. The closure
// context is the first operand of a call, unless LLVM returns the results
// through memory: then the first is the results' address, in the caller's
// frame, and the context is the second. The context is an object of the
// heap (reflect allocates it), the results' address never is.
void *golly_makefunc_target(void *rdi, void *rsi) {
    uintptr_t index;
    void *ctx = golly_span_of((uintptr_t)rdi, &index) != NULL ? rdi : rsi;
    return golly_reflect_makefunc_target(NULL, ctx);
}
