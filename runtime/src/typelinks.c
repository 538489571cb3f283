// reflect's typelinks (gc: the linker's typelink table, runtime/symtab.go
// moduledata.typelinks): the descriptors of the program's types, sorted by
// their strings, so that reflect.SliceOf, MapOf, ArrayOf, ChanOf and
// FuncOf find the compiler's descriptor of a type instead of making a
// second one (type identity is descriptor identity). Every package object
// has a `golly_typelinks` section of pointers to the descriptors it defines
// (Driver/Typelinks.swift); the linker concatenates them, and defines
// __start_/__stop_golly_typelinks around them. Descriptors shared by
// several packages appear once per package, all pointing to the copy the
// linker kept.

#include "internal.h"

#include <stdlib.h>
#include <string.h>

extern const golly_type *const __start_golly_typelinks[] __attribute__((weak));
extern const golly_type *const __stop_golly_typelinks[] __attribute__((weak));

static const golly_type **sorted;
static size_t nsorted;
static bool built;

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(const golly_type *const *)a, y = (uintptr_t)*(const golly_type *const *)b;
    return x < y ? -1 : x > y;
}

static int by_string(const void *a, const void *b) {
    go_string x = golly_type_string(*(const golly_type *const *)a);
    go_string y = golly_type_string(*(const golly_type *const *)b);
    size_t n = x.len < y.len ? (size_t)x.len : (size_t)y.len;
    int c = memcmp(x.ptr, y.ptr, n);
    if (c != 0)
        return c;
    return x.len < y.len ? -1 : x.len > y.len;
}

static void build(void) {
    built = true;
    if (__start_golly_typelinks == NULL)
        return;
    size_t n = (size_t)(__stop_golly_typelinks - __start_golly_typelinks);
    sorted = malloc(n * sizeof *sorted + 1);
    if (sorted == NULL)
        golly_throw("runtime: out of memory listing types");
    memcpy(sorted, __start_golly_typelinks, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_address);
    for (size_t i = 0; i < n; i++)
        if (nsorted == 0 || sorted[nsorted - 1] != sorted[i])
            sorted[nsorted++] = sorted[i];
    qsort(sorted, nsorted, sizeof *sorted, by_string);
}

go_int golly_typelinksCount(void *context) {
    (void)context;
    if (!built)
        build();
    return (go_int)nsorted;
}

void golly_typelinksFill(void *context, int32_t *dst) {
    (void)context;
    if (!built)
        build();
    for (size_t i = 0; i < nsorted; i++)
        dst[i] = (int32_t)(uintptr_t)sorted[i];
}
