// The C side of the hooks golly's runtime package pushes to reflect and
// internal/reflectlite (std/runtime/reflect.go; gc's runtime provides the
// same ones in Go: runtime/type.go reflect_resolveNameOff, malloc.go
// reflect_unsafe_New, iface.go reflect_ifaceE2I, chan.go reflect_chanlen,
// map.go reflect_maplen). Each takes the closure context first, as every
// Go function does.

#include "internal.h"

#include <golly/chan.h>
#include <golly/map.h>
#include <golly/slice.h>

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

uintptr_t golly_typeSize(void *context, const golly_type *typ) {
    (void)context;
    return typ->size;
}

int32_t golly_addReflectOff(void *context, const void *p) {
    (void)context;
    return golly_add_reflect_off(p);
}

void *golly_newArray(void *context, const golly_type *elem, go_int n) {
    (void)context;
    return golly_makeslice(elem, n, n);
}

void golly_memclr(void *context, void *p, uintptr_t n) {
    (void)context;
    memset(p, 0, n);
}

uintptr_t golly_typeHash(void *context, const golly_type *typ, const void *p, uintptr_t seed) {
    (void)context;
    return golly_typehash(typ, p, seed);
}

void *golly_makeMap(void *context, const golly_type *typ, go_int hint) {
    (void)context;
    return golly_makemap(typ, hint);
}

void *golly_mapAccess(void *context, const golly_type *typ, void *m, const void *key) {
    (void)context;
    return golly_mapaccess2(typ, m, key);
}

void golly_mapAssign(void *context, const golly_type *typ, void *m, const void *key, const void *val) {
    (void)context;
    void *slot = golly_mapassign(typ, m, key);
    memmove(slot, val, golly_type_elem(typ)->size);
}

void golly_mapDelete(void *context, const golly_type *typ, void *m, const void *key) {
    (void)context;
    golly_mapdelete(typ, m, key);
}

void golly_mapIterInit(void *context, const golly_type *typ, void *m, void *it) {
    (void)context;
    golly_mapiterinit(typ, m, it);
}

void golly_mapIterNext(void *context, void *it) {
    (void)context;
    golly_mapiternext(it);
}

void *golly_makeChan(void *context, const golly_type *typ, go_int size) {
    (void)context;
    return golly_makechan(typ, size);
}

go_int golly_chanCap(void *context, void *c) {
    (void)context;
    return golly_chancap(c);
}

void golly_chanClose(void *context, void *c) {
    (void)context;
    golly_closechan(c);
}

go_int golly_selectGo(void *context, void *cases, go_int n, bool block, bool *recv_ok) {
    (void)context;
    return golly_selectgo(cases, n, block, recv_ok);
}
