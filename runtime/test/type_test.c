// Reading descriptors in gc 1.19's layout (type.c): names in reflect's
// encoding, the parts after each kind's struct, offsets from descriptors
// inside the executable and from run-time ones (runtime.addReflectOff),
// and the runtime's own descriptors (error.c) as golly_types_init
// completed them.

#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                               \
    do {                                                                          \
        if (!(cond)) {                                                            \
            fprintf(stderr, "FAIL type %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                           \
        }                                                                         \
    } while (0)

static bool is(go_string s, const char *want) {
    return (size_t)s.len == strlen(want) && memcmp(s.ptr, want, (size_t)s.len) == 0;
}

static void test_names(void) {
    char long_name[201];
    memset(long_name, 'x', 200);
    long_name[200] = '\0';
    const uint8_t *n = make_name(GOLLY_NAME_EXPORTED, long_name, NULL, NULL);
    CHECK(n[1] == (0x80 | (200 & 0x7f)) && n[2] == 1);     // a two-byte varint
    CHECK(is(golly_name_string(n), long_name) && golly_name_is_exported(n) && !golly_name_is_embedded(n));
    CHECK(golly_name_tag(n).len == 0 && golly_name_pkg_path(n).len == 0);

    n = make_name(GOLLY_NAME_EMBEDDED, "field", "json:\"f\"", "example.com/p");
    CHECK(is(golly_name_string(n), "field") && is(golly_name_tag(n), "json:\"f\""));
    CHECK(is(golly_name_pkg_path(n), "example.com/p"));
    CHECK(!golly_name_is_exported(n) && golly_name_is_embedded(n));

    n = make_name(0, "m", NULL, "other");
    CHECK(is(golly_name_string(n), "m") && golly_name_tag(n).len == 0 && is(golly_name_pkg_path(n), "other"));
    CHECK(golly_name_string(NULL).len == 0 && golly_name_at(n, 0) == NULL && golly_type_at(n, 0) == NULL);
}

// A descriptor of each kind with an uncommon part: it follows the kind's
// struct, whose size reflect and runtime/type.go assume.
static void test_uncommon(void) {
    static uint64_t buf[32];
    golly_type *t = (golly_type *)buf;
    static const struct {
        uint8_t kind;
        size_t at;
    } kinds[] = {
        {GOLLY_KIND_INT, 48}, {GOLLY_KIND_STRING, 48}, {GOLLY_KIND_UNSAFEPOINTER, 48},
        {GOLLY_KIND_POINTER, 56}, {GOLLY_KIND_SLICE, 56}, {GOLLY_KIND_FUNC, 56},
        {GOLLY_KIND_ARRAY, 72}, {GOLLY_KIND_CHAN, 64}, {GOLLY_KIND_MAP, 88},
        {GOLLY_KIND_STRUCT, 80}, {GOLLY_KIND_INTERFACE, 80},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        memset(buf, 0, sizeof buf);
        t->kind = kinds[i].kind | GOLLY_KIND_DIRECT_IFACE;
        CHECK(golly_type_uncommon(t) == NULL);
        t->tflag = GOLLY_TFLAG_UNCOMMON;
        CHECK((const uint8_t *)golly_type_uncommon(t) == (const uint8_t *)buf + kinds[i].at);
    }
    // Methods at moff from the uncommon part.
    memset(buf, 0, sizeof buf);
    t->kind = GOLLY_KIND_INT;
    t->tflag = GOLLY_TFLAG_UNCOMMON;
    golly_uncommontype *u = (golly_uncommontype *)(t + 1);
    *u = (golly_uncommontype){.mcount = 3, .xcount = 1, .moff = 32};
    go_int n;
    CHECK((const uint8_t *)golly_type_methods(t, &n) == (const uint8_t *)u + 32 && n == 3);
    t->tflag = 0;
    CHECK(golly_type_methods(t, &n) == NULL && n == 0);
}

// func(int, ...string) bool: its parameters and result follow the func
// type's struct and, for a named func type, the uncommon part.
static void test_func_params(void) {
    static struct {
        golly_functype f;
        const golly_type *params[3];
    } plain = {.f = {.type = {.kind = GOLLY_KIND_FUNC}, .in_count = 2, .out_count = 1 | GOLLY_FUNC_VARIADIC},
               .params = {&type_int, &type_string, &type_int}};
    static struct {
        golly_functype f;
        golly_uncommontype u;
        const golly_type *params[3];
    } named = {.f = {.type = {.kind = GOLLY_KIND_FUNC, .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED},
                     .in_count = 2, .out_count = 1},
               .params = {&type_string, &type_int, &type_string}};
    go_int in, out;
    bool variadic;
    const golly_type *const *p = golly_func_params(&plain.f.type, &in, &out, &variadic);
    CHECK(p == plain.params && in == 2 && out == 1 && variadic);
    p = golly_func_params(&named.f.type, &in, &out, &variadic);
    CHECK(p == named.params && in == 2 && out == 1 && !variadic);
}

static void test_elems(void) {
    static golly_ptrtype ptr = {.type = {.kind = GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE}, .elem = &type_int};
    static golly_slicetype slice = {.type = {.kind = GOLLY_KIND_SLICE}, .elem = &type_string};
    static golly_arraytype array = {.type = {.kind = GOLLY_KIND_ARRAY}, .elem = &type_int, .len = 4};
    static golly_chantype chan = {.type = {.kind = GOLLY_KIND_CHAN | GOLLY_KIND_DIRECT_IFACE}, .elem = &type_string,
                                  .dir = GOLLY_CHAN_BOTH};
    static golly_maptype map = {.type = {.kind = GOLLY_KIND_MAP | GOLLY_KIND_DIRECT_IFACE}, .key = &type_string,
                                .elem = &type_int};
    CHECK(golly_type_elem(&ptr.type) == &type_int && golly_type_elem(&slice.type) == &type_string);
    CHECK(golly_type_elem(&array.type) == &type_int && golly_array_len(&array.type) == 4);
    CHECK(golly_type_elem(&chan.type) == &type_string);
    CHECK(golly_type_elem(&map.type) == &type_int && golly_map_key(&map.type) == &type_string);
    CHECK(golly_type_elem(&type_int) == NULL);
    CHECK(golly_kind(&ptr.type) == GOLLY_KIND_POINTER && golly_is_direct_iface(&ptr.type));
    CHECK(!golly_is_direct_iface(&array.type) && golly_is_direct_iface(&map.type));
}

static void test_type_strings(void) {
    static golly_type t = {.kind = GOLLY_KIND_INT, .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_EXTRA_STAR};
    CHECK(golly_type_string(&t).len == 0);          // str 0: no string
    set_string(&t, "*main.T");
    CHECK(is(golly_type_string(&t), "main.T"));
    t.tflag = 0;
    CHECK(is(golly_type_string(&t), "*main.T"));
    CHECK(is(golly_type_string(&type_int), "int"));
}

// Offsets from a descriptor outside the executable are ids.
static char buf_for_ids[300];

static void test_reflect_offs(void) {
    const void *p1 = make_name(0, "a", NULL, NULL), *p2 = make_name(0, "b", NULL, NULL);
    int32_t id1 = golly_add_reflect_off(p1), id2 = golly_add_reflect_off(p2);
    CHECK(id1 < 0 && id2 == id1 - 1 && golly_add_reflect_off(p1) == id1);
    for (int i = 0; i < 300; i++)       // grows the table
        golly_add_reflect_off(&buf_for_ids[i]);
    CHECK(golly_add_reflect_off(p2) == id2 && golly_add_reflect_off(&buf_for_ids[7]) == id2 - 8);
    golly_type *heap = malloc(sizeof *heap);
    CHECK(golly_resolve_off(heap, id1) == p1 && golly_resolve_off(heap, id2) == p2);
    CHECK(is(golly_name_string(golly_name_at(heap, id2)), "b"));
    free(heap);
    // Inside the executable, base + off, 0 included.
    CHECK(golly_resolve_off(&type_int, 16) == (const uint8_t *)&type_int + 16);
    CHECK(golly_resolve_off(&type_int, 0) == &type_int);
}

// The closures in descriptors take themselves first, as Go funcs do.
static void test_closures(void) {
    int64_t a = 5, b = 5, c = 6;
    bool (*eq)(const golly_typed_func *, const void *, const void *) =
        (bool (*)(const golly_typed_func *, const void *, const void *))type_int.equal->fn;
    CHECK(eq(type_int.equal, &a, &b) && !eq(type_int.equal, &a, &c));
    golly_typed_func hasher = {(void (*)(void))golly_typedhash, &type_int};
    uintptr_t (*hash)(const golly_typed_func *, const void *, uintptr_t) =
        (uintptr_t (*)(const golly_typed_func *, const void *, uintptr_t))hasher.fn;
    CHECK(hash(&hasher, &a, 1) == golly_typehash(&type_int, &b, 1));
    CHECK(golly_type_comparable(&type_int));
}

// The runtime's descriptors, by their Go symbols (error.c's aliases).
extern const golly_type rt_errorString;
__asm__(".set rt_errorString, \"type:runtime.errorString\"");
extern const golly_type rt_ptr_TypeAssertionError;
__asm__(".set rt_ptr_TypeAssertionError, \"type:*runtime.TypeAssertionError\"");
extern const golly_type rt_boundsError;
__asm__(".set rt_boundsError, \"type:runtime.boundsError\"");

static uint32_t fnv1a(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s != '\0'; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static void test_runtime_types(void) {
    const golly_type *t = &rt_errorString;
    CHECK(is(golly_type_string(t), "runtime.errorString") && golly_kind(t) == GOLLY_KIND_STRING);
    CHECK(t->hash == fnv1a("type:runtime.errorString") && t->equal != NULL);
    const golly_uncommontype *u = golly_type_uncommon(t);
    CHECK(u != NULL && is(golly_name_string(golly_name_at(t, u->pkg_path)), "runtime"));
    go_int n;
    const golly_method *m = golly_type_methods(t, &n);
    CHECK(n == 2 && u->xcount == 2);
    CHECK(is(golly_name_string(golly_name_at(t, m[0].name)), "Error") && golly_name_is_exported(golly_name_at(t, m[0].name)));
    CHECK(is(golly_type_string(golly_type_at(t, m[0].mtyp)), "func() string"));
    CHECK(is(golly_name_string(golly_name_at(t, m[1].name)), "RuntimeError"));
    CHECK(is(golly_type_string(golly_type_at(t, m[1].mtyp)), "func()"));
    CHECK(golly_method_fn(t, m[0].ifn) == golly_method_fn(t, m[0].tfn));
    go_int in, out;
    const golly_type *const *results = golly_func_params(golly_type_at(t, m[0].mtyp), &in, &out, NULL);
    CHECK(in == 0 && out == 1 && is(golly_type_string(results[0]), "string"));

    const golly_type *p = &rt_ptr_TypeAssertionError, *e = golly_type_elem(p);
    CHECK(is(golly_type_string(p), "*runtime.TypeAssertionError") && golly_is_direct_iface(p));
    CHECK(is(golly_type_string(e), "runtime.TypeAssertionError") && golly_type_at(e, e->ptr_to_this) == p);
    CHECK(golly_type_methods(e, &n) != NULL && n == 0);
    golly_type_methods(p, &n);
    CHECK(n == 2 && golly_find_method(p, "Error", "func() string") != NULL);
    const golly_structfield *f = golly_struct_fields(e, &n);
    CHECK(n == 4 && is(golly_name_string(f[3].name), "missingMethod") && is(golly_type_string(f[0].typ), "*runtime._type"));
    CHECK(is(golly_type_string(golly_type_elem(f[0].typ)), "runtime._type"));

    f = golly_struct_fields(&rt_boundsError, &n);
    CHECK(n == 4 && is(golly_name_string(f[2].name), "signed") && is(golly_type_string(f[2].typ), "bool"));
    CHECK(!golly_field_is_blank(&f[0]) && f[1].offset == 8 && rt_boundsError.size == 24);
}

void test_type(void) {
    test_names();
    test_uncommon();
    test_func_params();
    test_elems();
    test_type_strings();
    test_reflect_offs();
    test_closures();
    test_runtime_types();
}
