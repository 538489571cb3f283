// Empty-interface equality and failed type assertions (iface.c) against
// gc 1.19's behavior:
//   var x interface{} = 1; var y interface{} = 1.5
//   x == y -> false, x == 1 -> true
//   []int{} == []int{} (as interface{}) -> panic: runtime error: comparing uncomparable type []int
//   x.(float64) -> interface conversion: interface {} is int, not float64
//   nil.(int)   -> interface conversion: interface {} is nil, not int

#include "harness.h"

#include <math.h>
#include <stdio.h>

static const golly_type type_float64 = {.size = 8, .kind = GOLLY_KIND_FLOAT64, .align = 8, .name = {(const uint8_t *)"float64", 7}};
static const golly_type type_slice = {.size = 24, .kind = GOLLY_KIND_SLICE, .align = 8, .name = {(const uint8_t *)"[]int", 5}};
static const golly_type type_ptr = {.size = 8, .kind = GOLLY_KIND_POINTER, .align = 8, .name = {(const uint8_t *)"*int", 4}};
static const golly_type type_func = {.size = 8, .kind = GOLLY_KIND_FUNC, .align = 8, .name = {(const uint8_t *)"func()", 6}};
static const golly_type type_empty_iface = {.size = 16, .kind = GOLLY_KIND_INTERFACE, .align = 8, .name = {(const uint8_t *)"interface {}", 12}};
static const golly_type type_T = {.size = 8, .kind = GOLLY_KIND_INT, .align = 8, .flags = GOLLY_TFLAG_NAMED, .name = {(const uint8_t *)"main.T", 6}};
static const golly_type type_T2 = {.size = 8, .kind = GOLLY_KIND_INT, .align = 8, .flags = GOLLY_TFLAG_NAMED, .name = {(const uint8_t *)"main.T", 6}};

static void check(const char *what, bool got, bool want) {
    if (got != want) {
        fprintf(stderr, "FAIL efaceeq %s: got %d\n", what, got);
        failures++;
    }
}

static void compare_slices(void) {
    go_slice a = {0}, b = {0};
    golly_efaceeq(&type_slice, &a, &type_slice, &b);
}
static void compare_funcs(void) {
    golly_efaceeq(&type_func, (void *)1, &type_func, (void *)1);
}
static void compare_slice_int(void) {
    // Different dynamic types: false without a panic, as in gc.
    static int64_t one = 1;
    go_slice a = {0};
    golly_writestr(golly_efaceeq(&type_slice, &a, &type_int, &one) ? "true\n" : "false\n");
}

static void assert_float(void) { golly_panicdottype(&type_int, &type_float64, &type_empty_iface); }
static void assert_nil(void) { golly_panicdottype(NULL, &type_int, &type_empty_iface); }
static void assert_no_iface(void) { golly_panicdottype(&type_int, &type_string, NULL); }
static void assert_same_name(void) { golly_panicdottype(&type_T, &type_T2, &type_empty_iface); }

void test_iface(void) {
    int64_t i1 = 1, i1b = 1, i2 = 2;
    double f = 1.5, nan = NAN, pz = 0.0, nz = -0.0;
    go_string s1 = {(const uint8_t *)"ab", 2}, s2 = {(const uint8_t *)"abc", 2}, s3 = {(const uint8_t *)"ax", 2};
    check("nil nil", golly_efaceeq(NULL, NULL, NULL, NULL), true);
    check("nil int", golly_efaceeq(NULL, NULL, &type_int, &i1), false);
    check("int int", golly_efaceeq(&type_int, &i1, &type_int, &i1b), true);
    check("int int different", golly_efaceeq(&type_int, &i1, &type_int, &i2), false);
    check("int float", golly_efaceeq(&type_int, &i1, &type_float64, &f), false);
    check("int named", golly_efaceeq(&type_int, &i1, &type_T, &i1b), false);
    check("NaN", golly_efaceeq(&type_float64, &nan, &type_float64, &nan), false);
    check("+0 -0", golly_efaceeq(&type_float64, &pz, &type_float64, &nz), true);
    check("string", golly_efaceeq(&type_string, &s1, &type_string, &s2), true);
    check("string different", golly_efaceeq(&type_string, &s1, &type_string, &s3), false);
    check("pointer", golly_efaceeq(&type_ptr, &i1, &type_ptr, &i1), true);
    check("pointer different", golly_efaceeq(&type_ptr, &i1, &type_ptr, &i1b), false);

    expect("uncomparable slice", compare_slices, 2,
           "panic: runtime error: comparing uncomparable type []int\n\ngoroutine 1 [running]:\n");
    expect("uncomparable func", compare_funcs, 2,
           "panic: runtime error: comparing uncomparable type func()\n\n");
    expect("uncomparable different types", compare_slice_int, 0, "false\n");
    expect("type assertion", assert_float, 2,
           "panic: interface conversion: interface {} is int, not float64\n\ngoroutine 1 [running]:\n");
    expect("type assertion nil", assert_nil, 2,
           "panic: interface conversion: interface {} is nil, not int\n\n");
    expect("type assertion no interface", assert_no_iface, 2,
           "panic: interface conversion: interface is int, not string\n\n");
    expect("type assertion same name", assert_same_name, 2,
           "panic: interface conversion: interface {} is main.T, not main.T (types from different scopes)\n\n");
}
