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

static bool same_string(go_string a, go_string b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

static bool equals_cstring(go_string a, const char *b) {
    size_t n = strlen(b);
    return (size_t)a.len == n && memcmp(a.ptr, b, n) == 0;
}

// Two method types: one descriptor, or two of one symbol. The runtime's
// own descriptors (error.c) cannot share the compiler's, so their method
// types are the runtime's copies of `func() string` and `func()`; the
// hash (of the symbol, which numbers local types: abi.h) keeps apart two
// types spelled alike, `func() main.T` of two local types T.
static bool same_method_type(const golly_type *a, const golly_type *b) {
    if (a == b)
        return true;
    return a != NULL && b != NULL && a->hash == b->hash && same_string(golly_type_string(a), golly_type_string(b));
}

const golly_method *golly_find_method(const golly_type *t, const char *name, const char *sig) {
    if (t == NULL || golly_kind(t) == GOLLY_KIND_INTERFACE)
        return NULL;
    go_int n;
    const golly_method *m = golly_type_methods(t, &n);
    for (go_int i = 0; i < n; i++) {
        if (!equals_cstring(golly_name_string(golly_name_at(t, m[i].name)), name))
            continue;
        const golly_type *mtyp = golly_type_at(t, m[i].mtyp);
        return mtyp != NULL && equals_cstring(golly_type_string(mtyp), sig) ? &m[i] : NULL;
    }
    return NULL;
}

go_eface golly_iface_to_eface(const golly_type *iface, const void *p) {
    const go_eface *e = p;
    go_int n;
    golly_interface_methods(iface, &n);
    if (n == 0 || e->type == NULL)
        return *e;
    const golly_itab *tab = (const golly_itab *)e->type;
    return (go_eface){tab->type, e->data};
}

// ---- The itab table (iface.go itabTable): open addressing on (inter, type).

static const golly_itab **table;
static size_t table_size, table_count;

static size_t slot_of(const golly_interfacetype *inter, const golly_type *t, size_t size) {
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

// The package path an unexported method name belongs to: its own, else
// that of the type or interface declaring it (iface.go itab.init).
static go_string method_pkg_path(const uint8_t *name, go_string declared) {
    go_string p = golly_name_pkg_path(name);
    return p.len != 0 ? p : declared;
}

// t's method matching inter's method im (named iname), searched from *j
// on and then from the start. The lists are sorted alike (abi.h
// golly_method), so gc walks both in one pass; starting where the last
// match was keeps that pass linear while an ordering the compiler and
// the runtime disagree on costs time, not correctness.
static const golly_method *match(const golly_interfacetype *inter, const golly_imethod *im, const uint8_t *iname,
                                 const golly_type *t, const golly_method *ms, go_int n, go_int *j) {
    const golly_type *itype = golly_type_at(inter, im->typ);
    go_string name = golly_name_string(iname);
    go_string ipkg = method_pkg_path(iname, golly_name_string(inter->pkg_path));
    const golly_uncommontype *u = golly_type_uncommon(t);
    for (go_int k = 0; k < n; k++) {
        go_int i = (*j + k) % n;
        const uint8_t *tname = golly_name_at(t, ms[i].name);
        if (!same_string(golly_name_string(tname), name) || !same_method_type(golly_type_at(t, ms[i].mtyp), itype))
            continue;
        if (!golly_name_is_exported(tname) &&
            !same_string(method_pkg_path(tname, golly_name_string(golly_name_at(t, u->pkg_path))), ipkg))
            continue;
        *j = i + 1;
        return &ms[i];
    }
    return NULL;
}

// itab.init: fills the functions of inter's methods in order, or reports the
// first method t lacks (its name, for the TypeAssertionError).
static golly_itab *build(const golly_interfacetype *inter, const golly_type *t, go_string *missing) {
    go_int ni, nt = 0;
    const golly_imethod *ims = golly_interface_methods(&inter->type, &ni);
    const golly_method *ms = golly_kind(t) == GOLLY_KIND_INTERFACE ? NULL : golly_type_methods(t, &nt);
    golly_itab *tab = malloc(sizeof *tab + (size_t)ni * sizeof(void *));
    if (tab == NULL)
        golly_throw("out of memory allocating itab");
    tab->inter = inter;
    tab->type = t;
    tab->hash = t->hash;
    tab->unused = 0;
    go_int j = 0;
    for (go_int i = 0; i < ni; i++) {
        const uint8_t *iname = golly_name_at(&inter->type, ims[i].name);
        const golly_method *have = match(inter, &ims[i], iname, t, ms, nt, &j);
        if (have == NULL) {
            *missing = golly_name_string(iname);
            free(tab);
            return NULL;
        }
        tab->fun[i] = golly_method_fn(t, have->ifn);
    }
    return tab;
}

// iface.go getitab: the itab of (inter, t), or NULL with the missing method.
// A pair that fails is not cached (gc caches it as an itab with fun[0] == 0;
// failing assertions are rare enough to rebuild).
static const golly_itab *getitab(const golly_type *intertype, const golly_type *t, go_string *missing) {
    const golly_interfacetype *inter = (const golly_interfacetype *)intertype;
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
    go_string *s = golly_mallocgc(sizeof *s, &golly_string_type);
    *s = (go_string){msg, len};
    golly_panic_plainerror(s);
}
