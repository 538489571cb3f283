// == and hashing of any comparable type, driven by its descriptor (abi.h):
// the counterpart of gc's runtime/alg.go (memequal, f64equal, strequal,
// efaceeq, typehash) together with the per-type equal and hash functions
// that gc's compiler generates (cmd/compile/internal/reflectdata/alg.go).
//
// Order of evaluation matters only where == can panic (an interface holding
// an uncomparable value): gc compares struct fields and array elements in
// order and stops at the first difference (compare.EqStruct keeps every
// comparison that may panic in its place), which the recursive walks below
// do too.

#include "internal.h"

#include <string.h>
#include <time.h>

// ---- Panics (alg.go efaceeq, typehash).

static void panic_with_type(const char *prefix, size_t n, const golly_type *t) __attribute__((noreturn));
static void panic_with_type(const char *prefix, size_t n, const golly_type *t) {
    go_string *msg = golly_mallocgc(sizeof *msg, &golly_string_type);
    go_string name = golly_type_string(t);
    *msg = golly_concatstring2((const uint8_t *)prefix, (go_int)n, name.ptr, name.len);
    golly_panic_errorstring(msg);
}

void golly_panic_uncomparable(const golly_type *t) {
    static const char prefix[] = "comparing uncomparable type ";
    panic_with_type(prefix, sizeof prefix - 1, t);
}

void golly_panic_unhashable(const golly_type *t) {
    static const char prefix[] = "hash of unhashable type ";
    panic_with_type(prefix, sizeof prefix - 1, t);
}

// A descriptor has an equal function exactly when == is defined on its
// type (runtime/type.go _type.equal; gc's compiler leaves it nil for
// slices, maps, funcs and the structs and arrays holding one).
bool golly_type_comparable(const golly_type *t) {
    return t->equal != NULL;
}

// The kinds IRGen flags GOLLY_KIND_DIRECT_IFACE (runtime/typekind.go
// isDirectIface reads the flag; the kind decides it here, as it always did).
bool golly_is_direct_iface(const golly_type *t) {
    switch (golly_kind(t)) {
    case GOLLY_KIND_POINTER:
    case GOLLY_KIND_MAP:
    case GOLLY_KIND_CHAN:
    case GOLLY_KIND_FUNC:
    case GOLLY_KIND_UNSAFEPOINTER:
        return true;
    default:
        return false;
    }
}

// ---- Randomness (gc's fastrand, runtime/stubs.go): wyrand over a state
// seeded from the clock and the address space layout. One goroutine for
// now; the scheduler will give each thread its own state.

static uint64_t rand_state;

uint64_t golly_fastrand(void) {
    if (__builtin_expect(rand_state == 0, 0)) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        rand_state = ((uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec) ^
                     (uint64_t)(uintptr_t)&rand_state ^ ((uint64_t)(uintptr_t)&ts << 20);
        rand_state |= 1;
    }
    rand_state += 0xa0761d6478bd642fULL;
    return golly_hashmix(rand_state, rand_state ^ 0xe7037ed1a0b428dbULL);
}

// ---- Memory hashing: a multiply-fold hash (the 64x64->128 product folded
// with xor), reading at most 16 bytes per step. Not gc's AES hash, whose
// values are never observable; only its quality matters.

enum { K0 = 0, K1 = 1, K2 = 2, K3 = 3 };
static const uint64_t hash_keys[4] = {
    0x9e3779b97f4a7c15ULL, 0xd6e8feb86659fd93ULL, 0xbf58476d1ce4e5b9ULL, 0x94d049bb133111ebULL,
};

uintptr_t golly_memhash(const void *ptr, uintptr_t n, uintptr_t seed) {
    const uint8_t *p = ptr;
    uint64_t h = seed ^ golly_hashmix(n ^ hash_keys[K0], hash_keys[K1]);
    uint64_t a, b;
    if (n <= 16) {
        if (n >= 8) {
            a = golly_load64(p);
            b = golly_load64(p + n - 8);
        } else if (n >= 4) {
            a = golly_load32(p);
            b = golly_load32(p + n - 4);
        } else if (n > 0) {
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        uintptr_t i = n;
        uint64_t h2 = h;
        while (i > 32) {
            h = golly_hashmix(golly_load64(p) ^ hash_keys[K1], golly_load64(p + 8) ^ h);
            h2 = golly_hashmix(golly_load64(p + 16) ^ hash_keys[K2], golly_load64(p + 24) ^ h2);
            p += 32;
            i -= 32;
        }
        h ^= h2;
        if (i > 16) {
            h = golly_hashmix(golly_load64(p) ^ hash_keys[K1], golly_load64(p + 8) ^ h);
            p += 16;
            i -= 16;
        }
        // The last 16 bytes, overlapping what came before.
        a = golly_load64(p + i - 16);
        b = golly_load64(p + i - 8);
    }
    return golly_hashmix(a ^ hash_keys[K2] ^ h, golly_hashmix(b ^ hash_keys[K3], h ^ hash_keys[K0]));
}

// alg.go f32hash / f64hash: +0 and -0 hash alike; a NaN hashes randomly,
// so that every NaN key of a map lands somewhere new.
static uintptr_t hash_float_zero_or_nan(bool nan, uintptr_t seed) {
    uint64_t x = nan ? golly_fastrand() : 0;
    return golly_hashmix(seed ^ x ^ hash_keys[K3], hash_keys[K1]);
}

static uintptr_t f32hash(const void *p, uintptr_t seed) {
    float f;
    memcpy(&f, p, 4);
    if (f == 0 || f != f)
        return hash_float_zero_or_nan(f != f, seed);
    return golly_memhash(p, 4, seed);
}

static uintptr_t f64hash(const void *p, uintptr_t seed) {
    double f;
    memcpy(&f, p, 8);
    if (f == 0 || f != f)
        return hash_float_zero_or_nan(f != f, seed);
    return golly_memhash(p, 8, seed);
}

// ---- Hashing (alg.go typehash, nilinterhash).

uintptr_t golly_strhash(const go_string *s, uintptr_t seed) {
    return golly_memhash(s->ptr, (uintptr_t)s->len, seed);
}

uintptr_t golly_efacehash(const go_eface *e, uintptr_t seed) {
    const golly_type *t = e->type;
    if (t == NULL)
        return golly_hashmix(seed ^ hash_keys[K2], hash_keys[K0]);
    if (!golly_type_comparable(t))
        golly_panic_unhashable(t);
    seed = golly_hashmix(seed ^ (uintptr_t)t, hash_keys[K3]);
    if (golly_is_direct_iface(t))
        return golly_typehash(t, &e->data, seed);
    return golly_typehash(t, e->data, seed);
}

uintptr_t golly_typehash(const golly_type *t, const void *p, uintptr_t seed) {
    if (golly_kind_is_bytes(t->kind))
        return golly_memhash(p, t->size, seed);
    switch (golly_kind(t)) {
    case GOLLY_KIND_FLOAT32:
        return f32hash(p, seed);
    case GOLLY_KIND_FLOAT64:
        return f64hash(p, seed);
    case GOLLY_KIND_COMPLEX64:
        return f32hash((const uint8_t *)p + 4, f32hash(p, seed));
    case GOLLY_KIND_COMPLEX128:
        return f64hash((const uint8_t *)p + 8, f64hash(p, seed));
    case GOLLY_KIND_STRING:
        return golly_strhash(p, seed);
    case GOLLY_KIND_INTERFACE: {
        go_eface e = golly_iface_to_eface(t, p);
        return golly_efacehash(&e, seed);
    }
    case GOLLY_KIND_ARRAY: {
        if (t->equal == NULL)
            golly_panic_unhashable(t);
        const golly_type *elem = golly_type_elem(t);
        for (uintptr_t i = 0, n = golly_array_len(t); i < n; i++)
            seed = golly_typehash(elem, (const uint8_t *)p + i * elem->size, seed);
        return seed;
    }
    case GOLLY_KIND_STRUCT: {
        if (t->equal == NULL)
            golly_panic_unhashable(t);
        go_int n;
        const golly_structfield *f = golly_struct_fields(t, &n);
        for (go_int i = 0; i < n; i++)
            if (!golly_field_is_blank(&f[i]))
                seed = golly_typehash(f[i].typ, (const uint8_t *)p + f[i].offset, seed);
        return seed;
    }
    case GOLLY_KIND_SLICE:
    case GOLLY_KIND_MAP:
    case GOLLY_KIND_FUNC:
        golly_panic_unhashable(t);
    default:
        golly_throw("typehash: bad kind");
    }
}

// ---- Equality (alg.go efaceeq and the compiler's generated eq functions).

static bool strequal(const go_string *a, const go_string *b) {
    return a->len == b->len && (a->ptr == b->ptr || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
}

// The values of two interfaces already known to have the same dynamic type t.
static bool valueequal(const golly_type *t, void *d1, void *d2) {
    if (t == NULL)
        return true;
    if (!golly_type_comparable(t))
        golly_panic_uncomparable(t);
    if (golly_is_direct_iface(t))
        return d1 == d2;
    return golly_typeequal(t, d1, d2);
}

bool golly_typeequal(const golly_type *t, const void *a, const void *b) {
    if (golly_kind_is_bytes(t->kind))
        return memcmp(a, b, t->size) == 0;
    switch (golly_kind(t)) {
    // IEEE comparison: NaN != NaN, +0 == -0.
    case GOLLY_KIND_FLOAT32:
        return *(const float *)a == *(const float *)b;
    case GOLLY_KIND_FLOAT64:
        return *(const double *)a == *(const double *)b;
    case GOLLY_KIND_COMPLEX64: {
        const float *x = a, *y = b;
        return x[0] == y[0] && x[1] == y[1];
    }
    case GOLLY_KIND_COMPLEX128: {
        const double *x = a, *y = b;
        return x[0] == y[0] && x[1] == y[1];
    }
    case GOLLY_KIND_STRING:
        return strequal(a, b);
    case GOLLY_KIND_INTERFACE: {
        go_eface x = golly_iface_to_eface(t, a), y = golly_iface_to_eface(t, b);
        return x.type == y.type && valueequal(x.type, x.data, y.data);
    }
    case GOLLY_KIND_ARRAY: {
        if (t->equal == NULL)
            golly_panic_uncomparable(t);
        const golly_type *elem = golly_type_elem(t);
        if (golly_kind_is_bytes(elem->kind))
            return memcmp(a, b, t->size) == 0;
        for (uintptr_t i = 0, n = golly_array_len(t); i < n; i++) {
            uintptr_t off = i * elem->size;
            if (!golly_typeequal(elem, (const uint8_t *)a + off, (const uint8_t *)b + off))
                return false;
        }
        return true;
    }
    case GOLLY_KIND_STRUCT: {
        if (t->equal == NULL)
            golly_panic_uncomparable(t);
        go_int n;
        const golly_structfield *f = golly_struct_fields(t, &n);
        for (go_int i = 0; i < n; i++)
            if (!golly_field_is_blank(&f[i]) &&
                !golly_typeequal(f[i].typ, (const uint8_t *)a + f[i].offset, (const uint8_t *)b + f[i].offset))
                return false;
        return true;
    }
    case GOLLY_KIND_SLICE:
    case GOLLY_KIND_MAP:
    case GOLLY_KIND_FUNC:
        golly_panic_uncomparable(t);
    default:
        golly_throw("typeequal: bad kind");
    }
}

bool golly_efaceeq(const golly_type *t1, void *d1, const golly_type *t2, void *d2) {
    // Type identity is descriptor identity: IRGen emits one linkonce_odr
    // `type:T` per type, so identical types share one descriptor, while
    // distinct types spelled alike (local types of two functions) do not.
    return t1 == t2 && valueequal(t1, d1, d2);
}
