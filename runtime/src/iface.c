// Interfaces with methods: itabs, conversions between interface types, type
// assertions to interface types (runtime/iface.go getitab, itab.init,
// assertE2I, assertE2I2, convI2I) and failed assertions (panicdottypeE).
// == on interface values (alg.go efaceeq) is in typealg.c.
//
// A non-empty interface value is {itab, data} (abi.h golly_itab). The
// compiler emits the itab of every concrete-to-interface conversion it
// compiles; the itabs that only a run-time type is known for (x.(I),
// conversions from one interface type to another) are built here once per
// (interface, type) pair and kept in a table, as gc's itabTable does. They
// live outside the collected heap: like gc's persistentalloc'd itabs they are
// never freed, and nothing but interface type words points to them.

#include "internal.h"

#include <stdlib.h>
#include <string.h>

static int compare_names(go_string a, const char *b, size_t blen) {
    size_t n = (size_t)a.len < blen ? (size_t)a.len : blen;
    int c = memcmp(a.ptr, b, n);
    if (c != 0)
        return c;
    return (size_t)a.len < blen ? -1 : (size_t)a.len > blen ? 1 : 0;
}

static bool same_string(go_string a, go_string b) {
    return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

// t's methods are sorted by name (bytewise, abi.h golly_method): binary search.
static const golly_method *lookup(const golly_type *t, go_string name, go_string sig) {
    go_int lo = 0, hi = t->nmethods;
    while (lo < hi) {
        go_int mid = lo + (hi - lo) / 2;
        int c = compare_names(t->methods[mid].name, (const char *)name.ptr, (size_t)name.len);
        if (c == 0)
            return same_string(t->methods[mid].sig, sig) ? &t->methods[mid] : NULL;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const golly_method *golly_find_method(const golly_type *t, const char *name, const char *sig) {
    if (t == NULL || t->kind == GOLLY_KIND_INTERFACE)
        return NULL;
    return lookup(t, (go_string){(const uint8_t *)name, (go_int)strlen(name)},
                  (go_string){(const uint8_t *)sig, (go_int)strlen(sig)});
}

go_eface golly_iface_to_eface(const golly_type *iface, const void *p) {
    const go_eface *e = p;
    if (iface->nmethods == 0 || e->type == NULL)
        return *e;
    const golly_itab *tab = (const golly_itab *)e->type;
    return (go_eface){tab->type, e->data};
}

// ---- The itab table (iface.go itabTable): open addressing on (inter, type).

static const golly_itab **table;
static size_t table_size, table_count;

static size_t slot_of(const golly_type *inter, const golly_type *t, size_t size) {
    uintptr_t h = ((uintptr_t)inter * 0x9E3779B97F4A7C15u) ^ ((uintptr_t)t * 0xC2B2AE3D27D4EB4Fu);
    return (size_t)(h ^ (h >> 29)) & (size - 1);
}

static void insert(const golly_itab *tab) {
    size_t i = slot_of(tab->inter, tab->type, table_size);
    while (table[i] != NULL)
        i = (i + 1) & (table_size - 1);
    table[i] = tab;
    table_count++;
}

static void grow(void) {
    const golly_itab **old = table;
    size_t old_size = table_size;
    table_size = old_size == 0 ? 64 : old_size * 2;
    table = calloc(table_size, sizeof *table);
    if (table == NULL)
        golly_throw("out of memory allocating itab table");
    table_count = 0;
    for (size_t i = 0; i < old_size; i++)
        if (old[i] != NULL)
            insert(old[i]);
    free(old);
}

// itab.init: fills the functions of inter's methods in order, or reports the
// first method t lacks (its name, for the TypeAssertionError).
static golly_itab *build(const golly_type *inter, const golly_type *t, go_string *missing) {
    golly_itab *tab = malloc(sizeof *tab + (size_t)inter->nmethods * sizeof(void *));
    if (tab == NULL)
        golly_throw("out of memory allocating itab");
    tab->inter = inter;
    tab->type = t;
    for (go_int i = 0; i < inter->nmethods; i++) {
        const golly_method *want = &inter->methods[i];
        const golly_method *have = t->kind == GOLLY_KIND_INTERFACE ? NULL : lookup(t, want->name, want->sig);
        if (have == NULL) {
            *missing = want->name;
            free(tab);
            return NULL;
        }
        tab->fun[i] = have->fn;
    }
    return tab;
}

// iface.go getitab: the itab of (inter, t), or NULL with the missing method.
// A pair that fails is not cached (gc caches it as an itab with fun[0] == 0;
// failing assertions are rare enough to rebuild).
static const golly_itab *getitab(const golly_type *inter, const golly_type *t, go_string *missing) {
    if (table_size != 0) {
        for (size_t i = slot_of(inter, t, table_size); table[i] != NULL; i = (i + 1) & (table_size - 1))
            if (table[i]->inter == inter && table[i]->type == t)
                return table[i];
    }
    golly_itab *tab = build(inter, t, missing);
    if (tab == NULL)
        return NULL;
    if (2 * (table_count + 1) > table_size)
        grow();
    insert(tab);
    return tab;
}

const golly_itab *golly_convI2I(const golly_type *inter, const golly_type *t) {
    if (t == NULL)
        return NULL;
    go_string missing = {NULL, 0};
    const golly_itab *tab = getitab(inter, t, &missing);
    if (tab == NULL)
        golly_throw("convI2I: the type checker let through a type without the interface's methods");
    return tab;
}

const golly_itab *golly_assertE2I(const golly_type *inter, const golly_type *t) {
    if (t == NULL)
        golly_panic_type_assertion(NULL, NULL, inter, (go_string){NULL, 0});
    go_string missing = {NULL, 0};
    const golly_itab *tab = getitab(inter, t, &missing);
    if (tab == NULL)
        golly_panic_type_assertion(NULL, t, inter, missing);
    return tab;
}

const golly_itab *golly_assertE2I2(const golly_type *inter, const golly_type *t) {
    if (t == NULL)
        return NULL;
    go_string missing = {NULL, 0};
    return getitab(inter, t, &missing);
}

void golly_panicdottype(const golly_type *have, const golly_type *want, const golly_type *iface) {
    golly_panic_type_assertion(iface, have, want, (go_string){NULL, 0});
}

// A value method called through a nil pointer in an interface (gc's
// runtime/error.go panicwrap): the compiler-made wrapper passes the text,
// `value method main.T.M called using nil *T pointer`.
void golly_panicwrap(const uint8_t *msg, go_int len) {
    go_string *s = golly_mallocgc(sizeof *s, &golly_type_string);
    *s = (go_string){msg, len};
    golly_panic_plainerror(s);
}
