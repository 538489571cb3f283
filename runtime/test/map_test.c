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

#define HEADER(size_, align_, kind_) .size = (size_), .align = (align_), .field_align = (align_), .kind = (kind_)

static golly_type t_int = {HEADER(8, 8, GOLLY_KIND_INT), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_int)};
static golly_type t_string = {HEADER(16, 8, GOLLY_KIND_STRING), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_string)};
static golly_type t_float64 = {HEADER(8, 8, GOLLY_KIND_FLOAT64), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_float64)};
static golly_type t_int32 = {HEADER(4, 4, GOLLY_KIND_INT32), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_int32)};
static golly_interfacetype t_iface = {.type = {HEADER(16, 8, GOLLY_KIND_INTERFACE), .equal = EQUAL(t_iface)}};
static golly_slicetype t_slice = {.type = {HEADER(24, 8, GOLLY_KIND_SLICE)}, .elem = &t_int};
static golly_ptrtype t_ptr = {.type = {HEADER(8, 8, GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE), .equal = EQUAL(t_ptr)},
                              .elem = &t_int};

// Struct fields: their names are set by name_types (`_` for blank ones).
static golly_structfield s_fields[3], u_fields[1], p_fields[2], pair_fields[2];

// type S struct { a int; b string; _ int }
typedef struct { int64_t a; go_string b; int64_t blank; } S;
static golly_structtype t_S = {.type = {HEADER(sizeof(S), 8, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_S)},
                               .fields = {s_fields, 3, 3}};

// type U struct { a []int }: not comparable.
static golly_structtype t_U = {.type = {HEADER(24, 8, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_NAMED},
                               .fields = {u_fields, 1, 1}};

// type P struct { x int; y interface{} }
typedef struct { int64_t x; go_eface y; } P;
static golly_structtype t_P = {.type = {HEADER(sizeof(P), 8, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_P)},
                               .fields = {p_fields, 2, 2}};

// struct { a int32; b int32 }: compared as 8 bytes of memory.
typedef struct { int32_t a, b; } Pair;
static golly_structtype t_Pair = {.type = {HEADER(8, 4, GOLLY_KIND_STRUCT), .equal = EQUAL(t_Pair)},
                                  .fields = {pair_fields, 2, 2}};

static golly_arraytype t_arr_f64 = {.type = {HEADER(16, 8, GOLLY_KIND_ARRAY), .equal = EQUAL(t_arr_f64)},
                                    .elem = &t_float64, .len = 2};
static golly_arraytype t_arr_iface = {.type = {HEADER(16, 8, GOLLY_KIND_ARRAY), .equal = EQUAL(t_arr_iface)},
                                      .elem = &t_iface.type, .len = 1};
static golly_arraytype t_arr_S = {.type = {HEADER(3 * sizeof(S), 8, GOLLY_KIND_ARRAY), .equal = EQUAL(t_arr_S)},
                                  .elem = &t_S.type, .len = 3};
static golly_type t_uint8 = {HEADER(1, 1, GOLLY_KIND_UINT8), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(t_uint8)};
static golly_arraytype t_big = {.type = {HEADER(3000, 1, GOLLY_KIND_ARRAY), .equal = EQUAL(t_big)}, .elem = &t_uint8,
                                .len = 3000};

#define MAPTYPE(name, k, v) \
    static golly_maptype name = {.type = {HEADER(8, 8, GOLLY_KIND_MAP | GOLLY_KIND_DIRECT_IFACE)}, .key = (k), .elem = (v)}
MAPTYPE(t_map_int_int_desc, &t_int, &t_int);
MAPTYPE(m_int_int, &t_int, &t_int);
MAPTYPE(m_str_int, &t_string, &t_int);
MAPTYPE(m_f64_int, &t_float64, &t_int);
MAPTYPE(m_S_int, &t_S.type, &t_int);
MAPTYPE(m_iface_int, &t_iface.type, &t_int);
MAPTYPE(m_P_int, &t_P.type, &t_int);
MAPTYPE(m_pair_int, &t_Pair.type, &t_int);
MAPTYPE(m_int_big, &t_int, &t_big.type);
MAPTYPE(m_int32_int, &t_int32, &t_int);

static void name_types(void) {
    set_string(&t_int, "int");
    set_string(&t_string, "string");
    set_string(&t_float64, "float64");
    set_string(&t_int32, "int32");
    set_string(&t_iface.type, "interface {}");
    set_string(&t_slice.type, "[]int");
    set_string(&t_ptr.type, "*int");
    set_string(&t_S.type, "main.S");
    set_string(&t_U.type, "main.U");
    set_string(&t_P.type, "main.P");
    set_string(&t_Pair.type, "struct { a int32; b int32 }");
    set_string(&t_arr_f64.type, "[2]float64");
    set_string(&t_arr_iface.type, "[1]interface {}");
    set_string(&t_arr_S.type, "[3]main.S");
    set_string(&t_map_int_int_desc.type, "map[int]int");
    s_fields[0] = (golly_structfield){make_name(0, "a", NULL, NULL), &t_int, offsetof(S, a)};
    s_fields[1] = (golly_structfield){make_name(0, "b", NULL, NULL), &t_string, offsetof(S, b)};
    s_fields[2] = (golly_structfield){make_name(0, "_", NULL, NULL), &t_int, offsetof(S, blank)};
    u_fields[0] = (golly_structfield){make_name(0, "a", NULL, NULL), &t_slice.type, 0};
    p_fields[0] = (golly_structfield){make_name(0, "x", NULL, NULL), &t_int, offsetof(P, x)};
    p_fields[1] = (golly_structfield){make_name(0, "y", NULL, NULL), &t_iface.type, offsetof(P, y)};
    pair_fields[0] = (golly_structfield){make_name(0, "a", NULL, NULL), &t_int32, 0};
    pair_fields[1] = (golly_structfield){make_name(0, "b", NULL, NULL), &t_int32, 4};
}

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
    golly_map *m = golly_makemap(&m_int_int.type, 0);
    CHECK(m->count == 0);
    for (int64_t i = 0; i < N; i++)
        put_int(&m_int_int.type, m, &i, i * 2);
    CHECK(m->count == N);
    for (int64_t i = 0; i < N; i++)
        if (get_int(&m_int_int.type, m, &i) != i * 2) {
            CHECK(!"lookup after insert");
            break;
        }
    int64_t absent = N + 5;
    CHECK(golly_mapaccess2(&m_int_int.type, m, &absent) == NULL);
    CHECK(get_int(&m_int_int.type, m, &absent) == 0);
    for (int64_t i = 0; i < N; i += 2)
        golly_mapdelete(&m_int_int.type, m, &i);
    golly_mapdelete(&m_int_int.type, m, &absent);
    CHECK(m->count == N / 2);
    for (int64_t i = 0; i < N; i++) {
        void *v = golly_mapaccess2(&m_int_int.type, m, &i);
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
    for (golly_mapiterinit(&m_int_int.type, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        CHECK(k >= 0 && k < N && k % 2 == 1 && seen[k] == 0 && *(int64_t *)it.elem == k * 2);
        if (k >= 0 && k < N)
            seen[k]++;
        n++;
    }
    CHECK(n == N / 2);
    // Reinsertion over tombstones, then deleting everything.
    for (int64_t i = 0; i < N; i++)
        put_int(&m_int_int.type, m, &i, -i);
    CHECK(m->count == N);
    CHECK(get_int(&m_int_int.type, m, &(int64_t){4}) == -4);
    for (int64_t i = 0; i < N; i++)
        golly_mapdelete(&m_int_int.type, m, &i);
    CHECK(m->count == 0);
    golly_mapiterinit(&m_int_int.type, m, &it);
    CHECK(it.key == NULL);
    // Churn: insert/delete cycles in a small map must not grow it forever
    // nor lose entries (tombstones are recycled by rebuilding).
    golly_map *c = golly_makemap(&m_int_int.type, 0);
    for (int64_t i = 0; i < 200000; i++) {
        put_int(&m_int_int.type, c, &i, i);
        int64_t old = i - 3;
        golly_mapdelete(&m_int_int.type, c, &old);
    }
    CHECK(c->count == 3);
    for (int64_t i = 200000 - 3; i < 200000; i++)
        CHECK(get_int(&m_int_int.type, c, &i) == i);
}

static void test_string_map(void) {
    enum { N = 100000 };
    golly_map *m = golly_makemap(&m_str_int.type, N);
    for (int64_t i = 0; i < N; i++) {
        go_string k = str_of(i);
        put_int(&m_str_int.type, m, &k, i);
    }
    CHECK(m->count == N);
    for (int64_t i = 0; i < N; i++) {
        // A different copy of the same bytes.
        go_string k = str_of(i);
        if (get_int(&m_str_int.type, m, &k) != i) {
            CHECK(!"string lookup");
            break;
        }
    }
    go_string empty = {NULL, 0};
    CHECK(golly_mapaccess2(&m_str_int.type, m, &empty) == NULL);
    put_int(&m_str_int.type, m, &empty, 77);
    CHECK(get_int(&m_str_int.type, m, &(go_string){(const uint8_t *)"x", 0}) == 77);
    CHECK(m->count == N + 1);
}

static void test_small_keys(void) {
    golly_map *m = golly_makemap(&m_int32_int.type, 3);
    for (int32_t i = -500; i < 500; i++)
        put_int(&m_int32_int.type, m, &i, i);
    CHECK(m->count == 1000);
    for (int32_t i = -500; i < 500; i++)
        CHECK(get_int(&m_int32_int.type, m, &i) == i);
    golly_map *p = golly_makemap(&m_pair_int.type, 0);
    for (int32_t i = 0; i < 1000; i++) {
        Pair k = {i, -i};
        put_int(&m_pair_int.type, p, &k, i);
    }
    Pair k = {7, -7}, no = {7, 7};
    CHECK(get_int(&m_pair_int.type, p, &k) == 7);
    CHECK(golly_mapaccess2(&m_pair_int.type, p, &no) == NULL);
}

static void test_hints(void) {
    // gc ignores a negative or huge run-time hint (map.go makemap).
    golly_map *m = golly_makemap(&m_int_int.type, -5);
    put_int(&m_int_int.type, m, &(int64_t){1}, 1);
    CHECK(m->count == 1);
    m = golly_makemap(&m_int_int.type, (go_int)1 << 62);
    put_int(&m_int_int.type, m, &(int64_t){1}, 1);
    CHECK(m->count == 1);
    m = golly_makemap(&m_int_int.type, 1000);
    for (int64_t i = 0; i < 1000; i++)
        put_int(&m_int_int.type, m, &i, i);
    CHECK(m->count == 1000 && get_int(&m_int_int.type, m, &(int64_t){999}) == 999);
}

static void test_nil_map(void) {
    int64_t k = 3;
    CHECK(golly_mapaccess2(&m_int_int.type, NULL, &k) == NULL);
    CHECK(get_int(&m_int_int.type, NULL, &k) == 0);
    golly_mapdelete(&m_int_int.type, NULL, &k);
    golly_hiter it;
    golly_mapiterinit(&m_int_int.type, NULL, &it);
    CHECK(it.key == NULL);
    // Absent keys of a large value type read as zero.
    golly_map *m = golly_makemap(&m_int_big.type, 0);
    uint8_t *z = golly_mapaccess1(&m_int_big.type, m, &k);
    bool zero = true;
    for (int i = 0; i < 3000; i++)
        zero &= z[i] == 0;
    CHECK(zero);
    uint8_t *v = golly_mapassign(&m_int_big.type, m, &k);
    v[2999] = 9;
    CHECK(((uint8_t *)golly_mapaccess1(&m_int_big.type, m, &k))[2999] == 9);
    CHECK(((uint8_t *)golly_mapaccess1(&m_int_big.type, m, &(int64_t){4}))[2999] == 0);
}

// ---- Iteration.

static void test_iteration_order(void) {
    golly_map *m = golly_makemap(&m_int_int.type, 0);
    for (int64_t i = 0; i < 100; i++)
        put_int(&m_int_int.type, m, &i, i);
    // gc starts each range loop at a random place.
    int64_t first[20];
    bool differ = false;
    for (int r = 0; r < 20; r++) {
        golly_hiter it;
        golly_mapiterinit(&m_int_int.type, m, &it);
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
    golly_map *m = golly_makemap(&m_int_int.type, 0);
    for (int64_t i = 0; i < N; i++)
        put_int(&m_int_int.type, m, &i, i);
    static uint8_t seen[N], deleted[N];
    memset(seen, 0, sizeof seen);
    memset(deleted, 0, sizeof deleted);
    int64_t added = 0;
    golly_hiter it;
    for (golly_mapiterinit(&m_int_int.type, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key, v = *(int64_t *)it.elem;
        if (k >= N) {
            CHECK(grow);    // may be produced only if added
            continue;
        }
        CHECK(!deleted[k] && !seen[k] && (v == k || v == -k));
        seen[k]++;
        int64_t partner = k ^ 1;
        if (!seen[partner] && !deleted[partner]) {
            golly_mapdelete(&m_int_int.type, m, &partner);
            deleted[partner] = 1;
        }
        // An update of an entry not reached yet: the new value is produced.
        int64_t next = k ^ 2;
        if (!seen[next] && !deleted[next])
            put_int(&m_int_int.type, m, &next, -next);
        if (grow)
            for (int j = 0; j < 8; j++) {
                int64_t nk = N + added++;
                put_int(&m_int_int.type, m, &nk, nk);
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
    golly_map *m = golly_makemap(&m_int_int.type, 0);
    put_int(&m_int_int.type, m, &(int64_t){0}, 0);
    int64_t steps = 0, next = 1;
    golly_hiter it;
    for (golly_mapiterinit(&m_int_int.type, m, &it); it.key != NULL && steps < 10000000; golly_mapiternext(&it)) {
        steps++;
        put_int(&m_int_int.type, m, &next, next);
        next++;
    }
    CHECK(steps < 10000000);
}

// ---- Floats: NaN and signed zeros.

static void test_float_keys(void) {
    golly_map *m = golly_makemap(&m_f64_int.type, 0);
    double nan = NAN;
    for (int i = 0; i < 3; i++)
        put_int(&m_f64_int.type, m, &nan, i);
    CHECK(m->count == 3);
    CHECK(golly_mapaccess2(&m_f64_int.type, m, &nan) == NULL);
    golly_mapdelete(&m_f64_int.type, m, &nan);
    CHECK(m->count == 3);
    double pz = 0.0, nz = -0.0;
    put_int(&m_f64_int.type, m, &pz, 10);
    put_int(&m_f64_int.type, m, &nz, 20);
    CHECK(m->count == 4);
    CHECK(get_int(&m_f64_int.type, m, &pz) == 20);
    int nans = 0, zeros = 0;
    golly_hiter it;
    for (golly_mapiterinit(&m_f64_int.type, m, &it); it.key != NULL; golly_mapiternext(&it)) {
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
        put_int(&m_f64_int.type, m, &k, i);
    }
    nans = 0;
    for (golly_mapiterinit(&m_f64_int.type, m, &it); it.key != NULL; golly_mapiternext(&it))
        nans += *(double *)it.key != *(double *)it.key;
    CHECK(nans == 3 && m->count == 1004);
    // Growth while iterating keeps NaN entries (they cannot be looked up).
    nans = 0;
    int64_t extra = 5000;
    for (golly_mapiterinit(&m_f64_int.type, m, &it); it.key != NULL; golly_mapiternext(&it)) {
        nans += *(double *)it.key != *(double *)it.key;
        for (int j = 0; j < 4; j++) {
            double k = (double)extra++;
            put_int(&m_f64_int.type, m, &k, 0);
        }
    }
    CHECK(nans == 3);
}

// ---- == and hashing from descriptors.

static void test_typealg(void) {
    uintptr_t seed = 12345;
    S a = {1, {(const uint8_t *)"ab", 2}, 5}, b = {1, {(const uint8_t *)"abc", 2}, 7}, c = {1, {(const uint8_t *)"ac", 2}, 5};
    CHECK(golly_typeequal(&t_S.type, &a, &b));   // the blank field is ignored
    CHECK(golly_typehash(&t_S.type, &a, seed) == golly_typehash(&t_S.type, &b, seed));
    CHECK(!golly_typeequal(&t_S.type, &a, &c));
    CHECK(golly_typehash(&t_S.type, &a, seed) != golly_typehash(&t_S.type, &c, seed));
    S arr1[3] = {a, a, c}, arr2[3] = {b, b, c}, arr3[3] = {a, c, c};
    CHECK(golly_typeequal(&t_arr_S.type, arr1, arr2));
    CHECK(!golly_typeequal(&t_arr_S.type, arr1, arr3));
    CHECK(golly_typehash(&t_arr_S.type, arr1, seed) == golly_typehash(&t_arr_S.type, arr2, seed));

    double z1[2] = {0.0, 1.5}, z2[2] = {-0.0, 1.5}, n1[2] = {NAN, 1.5};
    CHECK(golly_typeequal(&t_arr_f64.type, z1, z2));
    CHECK(golly_typehash(&t_arr_f64.type, z1, seed) == golly_typehash(&t_arr_f64.type, z2, seed));
    CHECK(!golly_typeequal(&t_arr_f64.type, n1, n1));
    CHECK(golly_typehash(&t_arr_f64.type, n1, seed) != golly_typehash(&t_arr_f64.type, n1, seed));

    // Interfaces: dynamic type, then value; pointer-shaped values live in
    // the data word.
    int64_t one = 1, one2 = 1;
    go_eface e1 = {&t_int, &one}, e2 = {&t_int, &one2}, e3 = {&t_float64, &one};
    go_eface p1 = {&t_ptr.type, &one}, p2 = {&t_ptr.type, &one}, p3 = {&t_ptr.type, &one2};
    CHECK(golly_typeequal(&t_iface.type, &e1, &e2) && !golly_typeequal(&t_iface.type, &e1, &e3));
    CHECK(golly_typehash(&t_iface.type, &e1, seed) == golly_typehash(&t_iface.type, &e2, seed));
    CHECK(golly_typeequal(&t_iface.type, &p1, &p2) && !golly_typeequal(&t_iface.type, &p1, &p3));
    CHECK(golly_typehash(&t_iface.type, &p1, seed) == golly_typehash(&t_iface.type, &p2, seed));
    go_eface nil1 = {NULL, NULL}, nil2 = {NULL, NULL};
    CHECK(golly_typeequal(&t_iface.type, &nil1, &nil2) && !golly_typeequal(&t_iface.type, &nil1, &e1));

    // efaceeq on structs and arrays (was unimplemented).
    CHECK(golly_efaceeq(&t_S.type, &a, &t_S.type, &b));
    CHECK(!golly_efaceeq(&t_S.type, &a, &t_S.type, &c));
    CHECK(golly_efaceeq(&t_arr_f64.type, z1, &t_arr_f64.type, z2));
    go_eface ai1[1] = {{&t_S.type, &a}}, ai2[1] = {{&t_S.type, &b}};
    CHECK(golly_efaceeq(&t_arr_iface.type, ai1, &t_arr_iface.type, ai2));
    // A struct whose first field differs is unequal before an uncomparable
    // interface field is reached (gc compares fields in order).
    go_slice sl = {0};
    P q1 = {1, {&t_slice.type, &sl}}, q2 = {2, {&t_slice.type, &sl}};
    CHECK(!golly_typeequal(&t_P.type, &q1, &q2));
}

static void test_iface_map(void) {
    golly_map *m = golly_makemap(&m_iface_int.type, 0);
    int64_t one = 1;
    double onef = 1.0;
    go_string ones = {(const uint8_t *)"1", 1};
    S s = {1, {(const uint8_t *)"x", 1}, 0}, s2 = {1, {(const uint8_t *)"x", 1}, 9};
    go_eface ki = {&t_int, &one}, kf = {&t_float64, &onef}, ks = {&t_string, &ones}, kS = {&t_S.type, &s}, kS2 = {&t_S.type, &s2};
    go_eface kp = {&t_ptr.type, &one}, knil = {NULL, NULL};
    put_int(&m_iface_int.type, m, &ki, 1);
    put_int(&m_iface_int.type, m, &kf, 2);
    put_int(&m_iface_int.type, m, &ks, 3);
    put_int(&m_iface_int.type, m, &kS, 4);
    put_int(&m_iface_int.type, m, &kp, 5);
    put_int(&m_iface_int.type, m, &knil, 6);
    CHECK(m->count == 6);
    int64_t one2 = 1;
    go_eface ki2 = {&t_int, &one2};
    CHECK(get_int(&m_iface_int.type, m, &ki2) == 1);
    CHECK(get_int(&m_iface_int.type, m, &kf) == 2);
    CHECK(get_int(&m_iface_int.type, m, &ks) == 3);
    CHECK(get_int(&m_iface_int.type, m, &kS2) == 4);
    CHECK(get_int(&m_iface_int.type, m, &kp) == 5);
    CHECK(get_int(&m_iface_int.type, m, &(go_eface){NULL, NULL}) == 6);
    golly_mapdelete(&m_iface_int.type, m, &kS2);
    CHECK(m->count == 5 && golly_mapaccess2(&m_iface_int.type, m, &kS) == NULL);
    // Struct keys with a blank field.
    golly_map *sm = golly_makemap(&m_S_int.type, 0);
    put_int(&m_S_int.type, sm, &s, 8);
    put_int(&m_S_int.type, sm, &s2, 9);
    CHECK(sm->count == 1 && get_int(&m_S_int.type, sm, &s) == 9);
}

// ---- Panics (run in a child process).

static go_slice a_slice;
static void assign_nil_map(void) { put_int(&m_str_int.type, NULL, &(go_string){(const uint8_t *)"a", 1}, 1); }
static void hash_slice(void) {
    golly_map *m = golly_makemap(&m_iface_int.type, 0);
    put_int(&m_iface_int.type, m, &(go_eface){&t_slice.type, &a_slice}, 1);
}
static void lookup_slice_nil_map(void) { golly_mapaccess1(&m_iface_int.type, NULL, &(go_eface){&t_slice.type, &a_slice}); }
static void lookup_slice_empty_map(void) {
    golly_mapaccess2(&m_iface_int.type, golly_makemap(&m_iface_int.type, 0), &(go_eface){&t_slice.type, &a_slice});
}
static void delete_slice_nil_map(void) { golly_mapdelete(&m_iface_int.type, NULL, &(go_eface){&t_slice.type, &a_slice}); }
static void hash_struct_with_map(void) {
    golly_map *m = golly_makemap(&m_P_int.type, 0);
    P k = {1, {&t_map_int_int_desc.type, (void *)golly_makemap(&m_int_int.type, 0)}};
    put_int(&m_P_int.type, m, &k, 1);
}
static void hash_uncomparable_struct(void) {
    golly_map *m = golly_makemap(&m_iface_int.type, 0);
    static go_slice u;
    put_int(&m_iface_int.type, m, &(go_eface){&t_U.type, &u}, 1);
}
static void hash_array_of_slice(void) {
    golly_map *m = golly_makemap(&m_iface_int.type, 0);
    static go_eface x[1] = {{&t_slice.type, &a_slice}};
    put_int(&m_iface_int.type, m, &(go_eface){&t_arr_iface.type, x}, 1);
}
static void eq_uncomparable_struct(void) {
    static go_slice u1, u2;
    golly_efaceeq(&t_U.type, &u1, &t_U.type, &u2);
}
static void eq_array_of_slice(void) {
    static go_eface x[1] = {{&t_slice.type, &a_slice}}, y[1] = {{&t_slice.type, &a_slice}};
    golly_efaceeq(&t_arr_iface.type, x, &t_arr_iface.type, y);
}

// A map's tables are typed: for map[string]*int a group is 8 control bytes,
// 8 strings and 8 pointers (200 bytes), with heap pointers in the strings'
// first words (1, 3, ..., 15) and in words 17 to 24.
static void test_group_types(void) {
    static const uint8_t one[] = {1};
    static golly_type str = {HEADER(16, 8, GOLLY_KIND_STRING), .ptrdata = 8, .gcdata = one};
    static golly_ptrtype ptr = {.type = {HEADER(8, 8, GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE), .ptrdata = 8, .gcdata = one},
                                .elem = &t_int};
    static golly_maptype maptype = {.type = {HEADER(8, 8, GOLLY_KIND_MAP | GOLLY_KIND_DIRECT_IFACE)}, .key = &str, .elem = &ptr.type};
    set_string(&maptype.type, "map[string]*int");
    golly_map *m = golly_makemap(&maptype.type, 0);
    const golly_type *g = golly_map_group_type(m);
    bool ok = g->size == 200 && g->ptrdata == 200 && g == golly_map_group_type(golly_makemap(&maptype.type, 100));
    // The group's descriptor lies outside the executable: its string is
    // the map type's, through a reflect offset id.
    go_string name = golly_type_string(g);
    ok = ok && g->str < 0 && name.len == 15 && memcmp(name.ptr, "map[string]*int", 15) == 0;
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
    name_types();
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
