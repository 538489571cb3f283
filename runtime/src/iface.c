// Empty interfaces as far as panics need them: == on interface values
// (runtime/alg.go efaceeq) and failed type assertions (runtime/iface.go
// panicdottypeE).

#include "internal.h"

#include <string.h>

// Type identity of two dynamic types. IRGen emits one descriptor per type
// under its `type:T` name with linkonce_odr linkage, so the linker keeps a
// single copy per program and identical types have identical descriptors;
// distinct types with the same spelling (local types of two functions)
// keep distinct descriptors. Comparing names instead would merge those.
static bool identical(const golly_type *a, const golly_type *b) {
    return a == b;
}

// alg.go efaceeq: `panic(errorString("comparing uncomparable type " +
// t.string()))`.
static void panic_uncomparable(const golly_type *t) __attribute__((noreturn));
static void panic_uncomparable(const golly_type *t) {
    static const char prefix[] = "comparing uncomparable type ";
    go_string *msg = golly_alloc(sizeof *msg);
    *msg = golly_concatstring2((const uint8_t *)prefix, sizeof prefix - 1, t->name.ptr, t->name.len);
    golly_panic_errorstring(msg);
}

bool golly_efaceeq(const golly_type *t1, void *d1, const golly_type *t2, void *d2) {
    if (!identical(t1, t2))
        return false;
    const golly_type *t = t1;
    if (t == NULL)
        return true;
    switch (t->kind) {
    case GOLLY_KIND_BOOL:
    case GOLLY_KIND_INT: case GOLLY_KIND_INT8: case GOLLY_KIND_INT16:
    case GOLLY_KIND_INT32: case GOLLY_KIND_INT64:
    case GOLLY_KIND_UINT: case GOLLY_KIND_UINT8: case GOLLY_KIND_UINT16:
    case GOLLY_KIND_UINT32: case GOLLY_KIND_UINT64: case GOLLY_KIND_UINTPTR:
        return memcmp(d1, d2, t->size) == 0;
    // Floating point compares as IEEE values: NaN != NaN, +0 == -0.
    case GOLLY_KIND_FLOAT32:
        return *(const float *)d1 == *(const float *)d2;
    case GOLLY_KIND_FLOAT64:
        return *(const double *)d1 == *(const double *)d2;
    case GOLLY_KIND_COMPLEX64: {
        const float *a = d1, *b = d2;
        return a[0] == b[0] && a[1] == b[1];
    }
    case GOLLY_KIND_COMPLEX128: {
        const double *a = d1, *b = d2;
        return a[0] == b[0] && a[1] == b[1];
    }
    case GOLLY_KIND_STRING: {
        const go_string *a = d1, *b = d2;
        return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
    }
    // Pointer-shaped kinds hold the value in the data word (abi.h).
    case GOLLY_KIND_POINTER:
    case GOLLY_KIND_CHAN:
    case GOLLY_KIND_UNSAFEPOINTER:
        return d1 == d2;
    case GOLLY_KIND_FUNC:
    case GOLLY_KIND_MAP:
    case GOLLY_KIND_SLICE:
        panic_uncomparable(t);
    case GOLLY_KIND_STRUCT:
    case GOLLY_KIND_ARRAY: {
        int eq = golly_runtime_struct_equal(t, d1, d2);
        if (eq >= 0)
            return eq;
        // TODO(structs and arrays): gc calls the type's equal function
        // (and panics for an uncomparable field); golly's descriptors do
        // not carry one yet.
        golly_throw("efaceeq: == on interfaces holding structs or arrays is not implemented yet");
    }
    default:
        golly_throw("efaceeq: bad kind");
    }
}

void golly_panicdottype(const golly_type *have, const golly_type *want, const golly_type *iface) {
    golly_panic_type_assertion(iface, have, want, (go_string){NULL, 0});
}
