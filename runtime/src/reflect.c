// The C side of the hooks golly's runtime package pushes to reflect and
// internal/reflectlite (std/runtime/reflect.go; gc's runtime provides the
// same ones in Go: runtime/type.go reflect_resolveNameOff, malloc.go
// reflect_unsafe_New, iface.go reflect_ifaceE2I, chan.go reflect_chanlen,
// map.go reflect_maplen). Each takes the closure context first, as every
// Go function does.

#include "internal.h"

#include <golly/chan.h>
#include <golly/map.h>

#include <string.h>

const void *golly_resolveOff(void *context, const void *base, int32_t off) {
    (void)context;
    return golly_resolve_off(base, off);
}

void *golly_newTyped(void *context, const golly_type *typ) {
    (void)context;
    return golly_newobject(typ);
}

const golly_itab *golly_getitab(void *context, const golly_type *inter, const golly_type *typ) {
    (void)context;
    return golly_assertE2I(inter, typ);
}

go_int golly_chanLen(void *context, void *c) {
    (void)context;
    return golly_chanlen(c);
}

// map.h: a map's first word is its count (compiled code reads len(m) so).
go_int golly_mapLen(void *context, void *m) {
    (void)context;
    return m == NULL ? 0 : ((const golly_map *)m)->count;
}

void golly_memmove(void *context, void *dst, const void *src, uintptr_t n) {
    (void)context;
    memmove(dst, src, n);
}
