// Maps (map.c) and descriptor-driven == and hashing (typealg.c), with
// descriptors built by hand as IRGen emits them. Panic texts are what gc
// 1.19 printed for:
//   var m map[string]int; m["a"] = 1          -> assignment to entry in nil map
//   m := map[interface{}]int{}; m[[]int{}] = 1 -> runtime error: hash of unhashable type []int
//   var m map[interface{}]int; _ = m[[]int{}]  -> the same (nil maps hash too)
//   m[P{1, map[int]int{}}] = 1 (P{x int; y interface{}})
//                                              -> runtime error: hash of unhashable type map[int]int
//   var a, b interface{} = S{}, S{} (S{a []int}); a == b
//                                              -> runtime error: comparing uncomparable type main.S
//   [1]interface{}{[]int{}} == ... as interface{} -> ... comparing uncomparable type []int
//   m[[1]interface{}{[]int{}}] = 1            -> runtime error: hash of unhashable type []int
//   make(map[int]int, n) with n < 0 or 1<<62 at run time -> no panic, an empty map

#include "harness.h"

#include "golly/map.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME(s) {(const uint8_t *)(s), sizeof(s) - 1}

static const golly_type t_int = {.size = 8, .kind = GOLLY_KIND_INT, .align = 8, .name = NAME("int")};
static const golly_type t_string = {.size = 16, .kind = GOLLY_KIND_STRING, .align = 8, .name = NAME("string")};
static const golly_type t_float64 = {.size = 8, .kind = GOLLY_KIND_FLOAT64, .align = 8, .name = NAME("float64")};
static const golly_type t_int32 = {.size = 4, .kind = GOLLY_KIND_INT32, .align = 4, .name = NAME("int32")};
static const golly_type t_iface = {.size = 16, .kind = GOLLY_KIND_INTERFACE, .align = 8, .name = NAME("interface {}")};
static const golly_type t_slice = {.size = 24, .kind = GOLLY_KIND_SLICE, .align = 8, .flags = GOLLY_TFLAG_UNCOMPARABLE,
                                   .name = NAME("[]int"), .elem = &t_int};
static const golly_type t_ptr = {.size = 8, .kind = GOLLY_KIND_POINTER, .align = 8, .name = NAME("*int"), .elem = &t_int};

// type S struct { a int; b string; _ int }
typedef struct { int64_t a; go_string b; int64_t blank; } S;
static const golly_field s_fields[] = {
    {&t_int, offsetof(S, a), 0}, {&t_string, offsetof(S, b), 0}, {&t_int, offsetof(S, blank), 1}};
static const golly_type t_S = {.size = sizeof(S), .kind = GOLLY_KIND_STRUCT, .align = 8, .flags = GOLLY_TFLAG_NAMED,
                               .name = NAME("main.S"), .fields = s_fields, .nfields = 3};

// type U struct { a []int }: not comparable.
static const golly_field u_fields[] = {{&t_slice, 0, 0}};
static const golly_type t_U = {.size = 24, .kind = GOLLY_KIND_STRUCT, .align = 8,
                               .flags = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_UNCOMPARABLE,
                               .name = NAME("main.U"), .fields = u_fields, .nfields = 1};

// type P struct { x int; y interface{} }
typedef struct { int64_t x; go_eface y; } P;
static const golly_field p_fields[] = {{&t_int, offsetof(P, x), 0}, {&t_iface, offsetof(P, y), 0}};
static const golly_type t_P = {.size = sizeof(P), .kind = GOLLY_KIND_STRUCT, .align = 8, .flags = GOLLY_TFLAG_NAMED,
                               .name = NAME("main.P"), .fields = p_fields, .nfields = 2};

// struct { a int32; b int32 }: compared as 8 bytes of memory.
typedef struct { int32_t a, b; } Pair;
static const golly_field pair_fields[] = {{&t_int32, 0, 0}, {&t_int32, 4, 0}};
static const golly_type t_Pair = {.size = 8, .kind = GOLLY_KIND_STRUCT, .align = 4,
                                  .name = NAME("struct { a int32; b int32 }"), .fields = pair_fields, .nfields = 2};

static const golly_type t_arr_f64 = {.size = 16, .kind = GOLLY_KIND_ARRAY, .align = 8, .name = NAME("[2]float64"),
                                     .elem = &t_float64, .len = 2};
static const golly_type t_arr_iface = {.size = 16, .kind = GOLLY_KIND_ARRAY, .align = 8, .name = NAME("[1]interface {}"),
                                       .elem = &t_iface, .len = 1};
static const golly_type t_arr_S = {.size = 3 * sizeof(S), .kind = GOLLY_KIND_ARRAY, .align = 8, .name = NAME("[3]main.S"),
                                   .elem = &t_S, .len = 3};
static const golly_type t_map_int_int_desc = {.size = 8, .kind = GOLLY_KIND_MAP, .align = 8, .name = NAME("map[int]int"),
                                              .flags = GOLLY_TFLAG_UNCOMPARABLE, .key = &t_int, .elem = &t_int};
static const golly_type t_big = {.size = 3000, .kind = GOLLY_KIND_ARRAY, .align = 1, .name = NAME("[3000]uint8"),
                                 .len = 3000};

#define MAPTYPE(name, k, v) \
    static const golly_type name = {.size = 8, .kind = GOLLY_KIND_MAP, .align = 8, \
                                    .flags = GOLLY_TFLAG_UNCOMPARABLE, .key = k, .elem = v}
MAPTYPE(m_int_int, &t_int, &t_int);
MAPTYPE(m_str_int, &t_string, &t_int);
MAPTYPE(m_f64_int, &t_float64, &t_int);
MAPTYPE(m_S_int, &t_S, &t_int);
MAPTYPE(m_iface_int, &t_iface, &t_int);
MAPTYPE(m_P_int, &t_P, &t_int);
MAPTYPE(m_pair_int, &t_Pair, &t_int);
MAPTYPE(m_int_big, &t_int, &t_big);
MAPTYPE(m_int32_int, &t_int32, &t_int);

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "FAIL map %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                          \
        }                                                                        \
    } while (0)

static int64_t get_int(const golly_type *mt, golly_map *m, const void *k) {
    return *(int64_t *)golly_mapaccess1(mt, m, k);
}

static void put_int(const golly_type *mt, golly_map *m, const void *k, int64_t v) {
    *(int64_t *)golly_mapassign(mt, m, k) = v;
}

static go_string str_of(int64_t i) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "key%lld", (long long)i);
    uint8_t *p = golly_alloc(n);
    memcpy(p, buf, (size_t)n);
    return (go_string){p, n};
}

// ---- Basic operations and growth.

static void test_int_map(void) {
    enum { N = 100000 };
    golly_map *m = golly_makemap(&m_int_int, 0);
    CHECK(m->count == 0);
    for (int64_t i = 0; i < N; i++)
        put_int(&m_int_int, m, &i, i * 2);
    CHECK(m->count == N);
    for (int64_t i = 0; i < N; i++)
        if (get_int(&m_int_int, m, &i) != i * 2) {
            CHECK(!"lookup after insert");
            break;
        }
    int64_t absent = N + 5;
    CHECK(golly_mapaccess2(&m_int_int, m, &absent) == NULL);
    CHECK(get_int(&m_int_int, m, &absent) == 0);
    for (int64_t i = 0; i < N; i += 2)
        golly_mapdelete(&m_int_int, m, &i);
    golly_mapdelete(&m_int_int, m, &absent);
    CHECK(m->count == N / 2);
    for (int64_t i = 0; i < N; i++) {
        void *v = golly_mapaccess2(&m_int_int, m, &i);
        if ((i % 2 == 0) != (v == NULL) || (v != NULL && *(int64_t *)v != i * 2)) {
            CHECK(!"lookup after delete");
            break;
        }
    }
    // Each remaining key exactly once.
    static uint8_t seen[N];
    memset(seen, 0, sizeof seen);
    golly_hiter it;
    int64_t n = 0;
    for (golly_mapiterinit(&m_int_int, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        CHECK(k >= 0 && k < N && k % 2 == 1 && seen[k] == 0 && *(int64_t *)it.elem == k * 2);
        if (k >= 0 && k < N)
            seen[k]++;
        n++;
    }
    CHECK(n == N / 2);
    // Reinsertion over tombstones, then deleting everything.
    for (int64_t i = 0; i < N; i++)
        put_int(&m_int_int, m, &i, -i);
    CHECK(m->count == N);
    CHECK(get_int(&m_int_int, m, &(int64_t){4}) == -4);
    for (int64_t i = 0; i < N; i++)
        golly_mapdelete(&m_int_int, m, &i);
    CHECK(m->count == 0);
    golly_mapiterinit(&m_int_int, m, &it);
    CHECK(it.key == NULL);
    // Churn: insert/delete cycles in a small map must not grow it forever
    // nor lose entries (tombstones are recycled by rebuilding).
    golly_map *c = golly_makemap(&m_int_int, 0);
    for (int64_t i = 0; i < 200000; i++) {
        put_int(&m_int_int, c, &i, i);
        int64_t old = i - 3;
        golly_mapdelete(&m_int_int, c, &old);
    }
    CHECK(c->count == 3);
    for (int64_t i = 200000 - 3; i < 200000; i++)
        CHECK(get_int(&m_int_int, c, &i) == i);
}

static void test_string_map(void) {
    enum { N = 100000 };
    golly_map *m = golly_makemap(&m_str_int, N);
    for (int64_t i = 0; i < N; i++) {
        go_string k = str_of(i);
        put_int(&m_str_int, m, &k, i);
    }
    CHECK(m->count == N);
    for (int64_t i = 0; i < N; i++) {
        // A different copy of the same bytes.
        go_string k = str_of(i);
        if (get_int(&m_str_int, m, &k) != i) {
            CHECK(!"string lookup");
            break;
        }
    }
    go_string empty = {NULL, 0};
    CHECK(golly_mapaccess2(&m_str_int, m, &empty) == NULL);
    put_int(&m_str_int, m, &empty, 77);
    CHECK(get_int(&m_str_int, m, &(go_string){(const uint8_t *)"x", 0}) == 77);
    CHECK(m->count == N + 1);
}

static void test_small_keys(void) {
    golly_map *m = golly_makemap(&m_int32_int, 3);
    for (int32_t i = -500; i < 500; i++)
        put_int(&m_int32_int, m, &i, i);
    CHECK(m->count == 1000);
    for (int32_t i = -500; i < 500; i++)
        CHECK(get_int(&m_int32_int, m, &i) == i);
    golly_map *p = golly_makemap(&m_pair_int, 0);
    for (int32_t i = 0; i < 1000; i++) {
        Pair k = {i, -i};
        put_int(&m_pair_int, p, &k, i);
    }
    Pair k = {7, -7}, no = {7, 7};
    CHECK(get_int(&m_pair_int, p, &k) == 7);
    CHECK(golly_mapaccess2(&m_pair_int, p, &no) == NULL);
}

static void test_hints(void) {
    // gc ignores a negative or huge run-time hint (map.go makemap).
    golly_map *m = golly_makemap(&m_int_int, -5);
    put_int(&m_int_int, m, &(int64_t){1}, 1);
    CHECK(m->count == 1);
    m = golly_makemap(&m_int_int, (go_int)1 << 62);
    put_int(&m_int_int, m, &(int64_t){1}, 1);
    CHECK(m->count == 1);
    m = golly_makemap(&m_int_int, 1000);
    for (int64_t i = 0; i < 1000; i++)
        put_int(&m_int_int, m, &i, i);
    CHECK(m->count == 1000 && get_int(&m_int_int, m, &(int64_t){999}) == 999);
}

static void test_nil_map(void) {
    int64_t k = 3;
    CHECK(golly_mapaccess2(&m_int_int, NULL, &k) == NULL);
    CHECK(get_int(&m_int_int, NULL, &k) == 0);
    golly_mapdelete(&m_int_int, NULL, &k);
    golly_hiter it;
    golly_mapiterinit(&m_int_int, NULL, &it);
    CHECK(it.key == NULL);
    // Absent keys of a large value type read as zero.
    golly_map *m = golly_makemap(&m_int_big, 0);
    uint8_t *z = golly_mapaccess1(&m_int_big, m, &k);
    bool zero = true;
    for (int i = 0; i < 3000; i++)
        zero &= z[i] == 0;
    CHECK(zero);
    uint8_t *v = golly_mapassign(&m_int_big, m, &k);
    v[2999] = 9;
    CHECK(((uint8_t *)golly_mapaccess1(&m_int_big, m, &k))[2999] == 9);
    CHECK(((uint8_t *)golly_mapaccess1(&m_int_big, m, &(int64_t){4}))[2999] == 0);
}

// ---- Iteration.

static void test_iteration_order(void) {
    golly_map *m = golly_makemap(&m_int_int, 0);
    for (int64_t i = 0; i < 100; i++)
        put_int(&m_int_int, m, &i, i);
    // gc starts each range loop at a random place.
    int64_t first[20];
    bool differ = false;
    for (int r = 0; r < 20; r++) {
        golly_hiter it;
        golly_mapiterinit(&m_int_int, m, &it);
        first[r] = *(int64_t *)it.key;
        differ |= first[r] != first[0];
    }
    CHECK(differ);
}

// Deleting keys not yet reached: they are not produced; the others are,
// once each. With grow = true, insertions during the loop grow the table
// several times while the iterator walks the old one.
static void iterate_deleting(bool grow) {
    enum { N = 2000 };
    golly_map *m = golly_makemap(&m_int_int, 0);
    for (int64_t i = 0; i < N; i++)
        put_int(&m_int_int, m, &i, i);
    static uint8_t seen[N], deleted[N];
    memset(seen, 0, sizeof seen);
    memset(deleted, 0, sizeof deleted);
    int64_t added = 0;
    golly_hiter it;
    for (golly_mapiterinit(&m_int_int, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key, v = *(int64_t *)it.elem;
        if (k >= N) {
            CHECK(grow);    // may be produced only if added
            continue;
        }
        CHECK(!deleted[k] && !seen[k] && (v == k || v == -k));
        seen[k]++;
        int64_t partner = k ^ 1;
        if (!seen[partner] && !deleted[partner]) {
            golly_mapdelete(&m_int_int, m, &partner);
            deleted[partner] = 1;
        }
        // An update of an entry not reached yet: the new value is produced.
        int64_t next = k ^ 2;
        if (!seen[next] && !deleted[next])
            put_int(&m_int_int, m, &next, -next);
        if (grow)
            for (int j = 0; j < 8; j++) {
                int64_t nk = N + added++;
                put_int(&m_int_int, m, &nk, nk);
            }
    }
    for (int64_t i = 0; i < N; i++)
        if (seen[i] + deleted[i] != 1) {
            CHECK(!"every entry once, deleted ones never");
            break;
        }
}

static void test_iteration_mutation(void) {
    iterate_deleting(false);
    iterate_deleting(true);
    // Inserting on every step of a range loop terminates.
    golly_map *m = golly_makemap(&m_int_int, 0);
    put_int(&m_int_int, m, &(int64_t){0}, 0);
    int64_t steps = 0, next = 1;
    golly_hiter it;
    for (golly_mapiterinit(&m_int_int, m, &it); it.key != NULL && steps < 10000000; golly_mapiternext(&it)) {
        steps++;
        put_int(&m_int_int, m, &next, next);
        next++;
    }
    CHECK(steps < 10000000);
}

// ---- Floats: NaN and signed zeros.

static void test_float_keys(void) {
    golly_map *m = golly_makemap(&m_f64_int, 0);
    double nan = NAN;
    for (int i = 0; i < 3; i++)
        put_int(&m_f64_int, m, &nan, i);
    CHECK(m->count == 3);
    CHECK(golly_mapaccess2(&m_f64_int, m, &nan) == NULL);
    golly_mapdelete(&m_f64_int, m, &nan);
    CHECK(m->count == 3);
    double pz = 0.0, nz = -0.0;
    put_int(&m_f64_int, m, &pz, 10);
    put_int(&m_f64_int, m, &nz, 20);
    CHECK(m->count == 4);
    CHECK(get_int(&m_f64_int, m, &pz) == 20);
    int nans = 0, zeros = 0;
    golly_hiter it;
    for (golly_mapiterinit(&m_f64_int, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        double k = *(double *)it.key;
        if (k != k)
            nans++;
        else if (k == 0) {
            zeros++;
            CHECK(signbit(k));  // gc updates the key: the last assigned, -0
        }
    }
    CHECK(nans == 3 && zeros == 1);
    // NaN keys survive growth and are still produced.
    for (int64_t i = 1; i <= 1000; i++) {
        double k = (double)i;
        put_int(&m_f64_int, m, &k, i);
    }
    nans = 0;
    for (golly_mapiterinit(&m_f64_int, m, &it); it.key != NULL; golly_mapiternext(&it))
        nans += *(double *)it.key != *(double *)it.key;
    CHECK(nans == 3 && m->count == 1004);
    // Growth while iterating keeps NaN entries (they cannot be looked up).
    nans = 0;
    int64_t extra = 5000;
    for (golly_mapiterinit(&m_f64_int, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        nans += *(double *)it.key != *(double *)it.key;
        for (int j = 0; j < 4; j++) {
            double k = (double)extra++;
            put_int(&m_f64_int, m, &k, 0);
        }
    }
    CHECK(nans == 3);
}

// ---- == and hashing from descriptors.

static void test_typealg(void) {
    uintptr_t seed = 12345;
    S a = {1, {(const uint8_t *)"ab", 2}, 5}, b = {1, {(const uint8_t *)"abc", 2}, 7}, c = {1, {(const uint8_t *)"ac", 2}, 5};
    CHECK(golly_typeequal(&t_S, &a, &b));   // the blank field is ignored
    CHECK(golly_typehash(&t_S, &a, seed) == golly_typehash(&t_S, &b, seed));
    CHECK(!golly_typeequal(&t_S, &a, &c));
    CHECK(golly_typehash(&t_S, &a, seed) != golly_typehash(&t_S, &c, seed));
    S arr1[3] = {a, a, c}, arr2[3] = {b, b, c}, arr3[3] = {a, c, c};
    CHECK(golly_typeequal(&t_arr_S, arr1, arr2));
    CHECK(!golly_typeequal(&t_arr_S, arr1, arr3));
    CHECK(golly_typehash(&t_arr_S, arr1, seed) == golly_typehash(&t_arr_S, arr2, seed));

    double z1[2] = {0.0, 1.5}, z2[2] = {-0.0, 1.5}, n1[2] = {NAN, 1.5};
    CHECK(golly_typeequal(&t_arr_f64, z1, z2));
    CHECK(golly_typehash(&t_arr_f64, z1, seed) == golly_typehash(&t_arr_f64, z2, seed));
    CHECK(!golly_typeequal(&t_arr_f64, n1, n1));
    CHECK(golly_typehash(&t_arr_f64, n1, seed) != golly_typehash(&t_arr_f64, n1, seed));

    // Interfaces: dynamic type, then value; pointer-shaped values live in
    // the data word.
    int64_t one = 1, one2 = 1;
    go_eface e1 = {&t_int, &one}, e2 = {&t_int, &one2}, e3 = {&t_float64, &one};
    go_eface p1 = {&t_ptr, &one}, p2 = {&t_ptr, &one}, p3 = {&t_ptr, &one2};
    CHECK(golly_typeequal(&t_iface, &e1, &e2) && !golly_typeequal(&t_iface, &e1, &e3));
    CHECK(golly_typehash(&t_iface, &e1, seed) == golly_typehash(&t_iface, &e2, seed));
    CHECK(golly_typeequal(&t_iface, &p1, &p2) && !golly_typeequal(&t_iface, &p1, &p3));
    CHECK(golly_typehash(&t_iface, &p1, seed) == golly_typehash(&t_iface, &p2, seed));
    go_eface nil1 = {NULL, NULL}, nil2 = {NULL, NULL};
    CHECK(golly_typeequal(&t_iface, &nil1, &nil2) && !golly_typeequal(&t_iface, &nil1, &e1));

    // efaceeq on structs and arrays (was unimplemented).
    CHECK(golly_efaceeq(&t_S, &a, &t_S, &b));
    CHECK(!golly_efaceeq(&t_S, &a, &t_S, &c));
    CHECK(golly_efaceeq(&t_arr_f64, z1, &t_arr_f64, z2));
    go_eface ai1[1] = {{&t_S, &a}}, ai2[1] = {{&t_S, &b}};
    CHECK(golly_efaceeq(&t_arr_iface, ai1, &t_arr_iface, ai2));
    // A struct whose first field differs is unequal before an uncomparable
    // interface field is reached (gc compares fields in order).
    go_slice sl = {0};
    P q1 = {1, {&t_slice, &sl}}, q2 = {2, {&t_slice, &sl}};
    CHECK(!golly_typeequal(&t_P, &q1, &q2));
}

static void test_iface_map(void) {
    golly_map *m = golly_makemap(&m_iface_int, 0);
    int64_t one = 1;
    double onef = 1.0;
    go_string ones = {(const uint8_t *)"1", 1};
    S s = {1, {(const uint8_t *)"x", 1}, 0}, s2 = {1, {(const uint8_t *)"x", 1}, 9};
    go_eface ki = {&t_int, &one}, kf = {&t_float64, &onef}, ks = {&t_string, &ones}, kS = {&t_S, &s}, kS2 = {&t_S, &s2};
    go_eface kp = {&t_ptr, &one}, knil = {NULL, NULL};
    put_int(&m_iface_int, m, &ki, 1);
    put_int(&m_iface_int, m, &kf, 2);
    put_int(&m_iface_int, m, &ks, 3);
    put_int(&m_iface_int, m, &kS, 4);
    put_int(&m_iface_int, m, &kp, 5);
    put_int(&m_iface_int, m, &knil, 6);
    CHECK(m->count == 6);
    int64_t one2 = 1;
    go_eface ki2 = {&t_int, &one2};
    CHECK(get_int(&m_iface_int, m, &ki2) == 1);
    CHECK(get_int(&m_iface_int, m, &kf) == 2);
    CHECK(get_int(&m_iface_int, m, &ks) == 3);
    CHECK(get_int(&m_iface_int, m, &kS2) == 4);
    CHECK(get_int(&m_iface_int, m, &kp) == 5);
    CHECK(get_int(&m_iface_int, m, &(go_eface){NULL, NULL}) == 6);
    golly_mapdelete(&m_iface_int, m, &kS2);
    CHECK(m->count == 5 && golly_mapaccess2(&m_iface_int, m, &kS) == NULL);
    // Struct keys with a blank field.
    golly_map *sm = golly_makemap(&m_S_int, 0);
    put_int(&m_S_int, sm, &s, 8);
    put_int(&m_S_int, sm, &s2, 9);
    CHECK(sm->count == 1 && get_int(&m_S_int, sm, &s) == 9);
}

// ---- Panics (run in a child process).

static go_slice a_slice;
static void assign_nil_map(void) { put_int(&m_str_int, NULL, &(go_string){(const uint8_t *)"a", 1}, 1); }
static void hash_slice(void) {
    golly_map *m = golly_makemap(&m_iface_int, 0);
    put_int(&m_iface_int, m, &(go_eface){&t_slice, &a_slice}, 1);
}
static void lookup_slice_nil_map(void) { golly_mapaccess1(&m_iface_int, NULL, &(go_eface){&t_slice, &a_slice}); }
static void lookup_slice_empty_map(void) {
    golly_mapaccess2(&m_iface_int, golly_makemap(&m_iface_int, 0), &(go_eface){&t_slice, &a_slice});
}
static void delete_slice_nil_map(void) { golly_mapdelete(&m_iface_int, NULL, &(go_eface){&t_slice, &a_slice}); }
static void hash_struct_with_map(void) {
    golly_map *m = golly_makemap(&m_P_int, 0);
    P k = {1, {&t_map_int_int_desc, (void *)golly_makemap(&m_int_int, 0)}};
    put_int(&m_P_int, m, &k, 1);
}
static void hash_uncomparable_struct(void) {
    golly_map *m = golly_makemap(&m_iface_int, 0);
    static go_slice u;
    put_int(&m_iface_int, m, &(go_eface){&t_U, &u}, 1);
}
static void hash_array_of_slice(void) {
    golly_map *m = golly_makemap(&m_iface_int, 0);
    static go_eface x[1] = {{&t_slice, &a_slice}};
    put_int(&m_iface_int, m, &(go_eface){&t_arr_iface, x}, 1);
}
static void eq_uncomparable_struct(void) {
    static go_slice u1, u2;
    golly_efaceeq(&t_U, &u1, &t_U, &u2);
}
static void eq_array_of_slice(void) {
    static go_eface x[1] = {{&t_slice, &a_slice}}, y[1] = {{&t_slice, &a_slice}};
    golly_efaceeq(&t_arr_iface, x, &t_arr_iface, y);
}

// A map's tables are typed: for map[string]*int a group is 8 control bytes,
// 8 strings and 8 pointers (200 bytes), with heap pointers in the strings'
// first words (1, 3, ..., 15) and in words 17 to 24.
static void test_group_types(void) {
    static const uint8_t one[] = {1};
    static const golly_type str = {.size = 16, .kind = GOLLY_KIND_STRING, .align = 8,
                                   .name = {(const uint8_t *)"string", 6}, .ptrdata = 8, .gcdata = one};
    static const golly_type ptr = {.size = 8, .kind = GOLLY_KIND_POINTER, .align = 8,
                                   .name = {(const uint8_t *)"*int", 4}, .ptrdata = 8, .gcdata = one};
    static const golly_type maptype = {.size = 8, .kind = GOLLY_KIND_MAP, .align = 8,
                                       .name = {(const uint8_t *)"map[string]*int", 15}, .key = &str, .elem = &ptr};
    golly_map *m = golly_makemap(&maptype, 0);
    const golly_type *g = golly_map_group_type(m);
    bool ok = g->size == 200 && g->ptrdata == 200 && g == golly_map_group_type(golly_makemap(&maptype, 100));
    for (unsigned w = 0; w < 25 && ok; w++) {
        bool want = (w >= 1 && w <= 15 && w % 2 == 1) || w >= 17;
        ok = ((g->gcdata[w / 8] >> (w % 8)) & 1) == want;
    }
    if (!ok) {
        fprintf(stderr, "FAIL map group type: size %lu ptrdata %lu\n", (unsigned long)g->size, (unsigned long)g->ptrdata);
        failures++;
    }
}

void test_map(void) {
    test_group_types();
    test_int_map();
    test_string_map();
    test_small_keys();
    test_hints();
    test_nil_map();
    test_iteration_order();
    test_iteration_mutation();
    test_float_keys();
    test_typealg();
    test_iface_map();

    expect("nil map assignment", assign_nil_map, 2,
           "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n");
    expect("hash of slice", hash_slice, 2,
           "panic: runtime error: hash of unhashable type []int\n\ngoroutine 1 [running]:\n");
    expect("lookup slice in nil map", lookup_slice_nil_map, 2,
           "panic: runtime error: hash of unhashable type []int\n\n");
    expect("lookup slice in empty map", lookup_slice_empty_map, 2,
           "panic: runtime error: hash of unhashable type []int\n\n");
    expect("delete slice in nil map", delete_slice_nil_map, 2,
           "panic: runtime error: hash of unhashable type []int\n\n");
    expect("hash of map in struct", hash_struct_with_map, 2,
           "panic: runtime error: hash of unhashable type map[int]int\n\n");
    expect("hash of uncomparable struct", hash_uncomparable_struct, 2,
           "panic: runtime error: hash of unhashable type main.U\n\n");
    expect("hash of array holding a slice", hash_array_of_slice, 2,
           "panic: runtime error: hash of unhashable type []int\n\n");
    expect("== uncomparable struct", eq_uncomparable_struct, 2,
           "panic: runtime error: comparing uncomparable type main.U\n\n");
    expect("== array holding a slice", eq_array_of_slice, 2,
           "panic: runtime error: comparing uncomparable type []int\n\n");
}
