// Empty-interface equality, itabs and failed type assertions (iface.c)
// against gc 1.19's behavior:
//   var x interface{} = 1; var y interface{} = 1.5
//   x == y -> false, x == 1 -> true
//   []int{} == []int{} (as interface{}) -> panic: runtime error: comparing uncomparable type []int
//   x.(float64) -> interface conversion: interface {} is int, not float64
//   nil.(int)   -> interface conversion: interface {} is nil, not int
//   x.(p.T) of another package's p.T -> ... is p.T, not p.T (types from different packages)

#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static golly_type type_float64 = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_FLOAT64,
                                  .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_float64)};
static golly_slicetype type_slice = {.type = {.size = 24, .align = 8, .field_align = 8, .kind = GOLLY_KIND_SLICE},
                                     .elem = &type_int};
static golly_ptrtype type_ptr = {.type = {.size = 8, .align = 8, .field_align = 8,
                                          .kind = GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE, .equal = EQUAL(type_ptr)},
                                 .elem = &type_int};
static golly_functype type_func = {.type = {.size = 8, .align = 8, .field_align = 8,
                                            .kind = GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE}};
static golly_interfacetype type_empty_iface = {.type = {.size = 16, .align = 8, .field_align = 8,
                                                        .kind = GOLLY_KIND_INTERFACE, .equal = EQUAL(type_empty_iface)}};
// Two types spelled main.T of different scopes, and two spelled p.T of
// different packages (their uncommon parts say which).
static golly_type type_T = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INT,
                            .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_T)};
static golly_type type_T2 = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INT,
                             .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_T2)};
typedef struct {
    golly_type t;
    golly_uncommontype u;
} named_type;
static named_type type_pT_a = {.t = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INT,
                                     .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_UNCOMMON, .equal = EQUAL(type_pT_a)},
                               .u = {.moff = sizeof(golly_uncommontype)}};
static named_type type_pT_b = {.t = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INT,
                                     .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_UNCOMMON, .equal = EQUAL(type_pT_b)},
                               .u = {.moff = sizeof(golly_uncommontype)}};

static void name_types(void) {
    set_string(&type_float64, "float64");
    set_string(&type_slice.type, "[]int");
    set_string(&type_ptr.type, "*int");
    set_string(&type_func.type, "func()");
    set_string(&type_empty_iface.type, "interface {}");
    set_string(&type_T, "main.T");
    set_string(&type_T2, "main.T");
    golly_rt_type named[] = {
        {&type_pT_a.t, make_name(0, "p.T", NULL, NULL), NULL, make_name(0, "example.com/a/p", NULL, NULL), NULL},
        {&type_pT_b.t, make_name(0, "p.T", NULL, NULL), NULL, make_name(0, "example.com/b/p", NULL, NULL), NULL},
    };
    golly_init_types(named, 2);
}

static void check(const char *what, bool got, bool want) {
    if (got != want) {
        fprintf(stderr, "FAIL iface %s: got %d\n", what, got);
        failures++;
    }
}

static void compare_slices(void) {
    go_slice a = {0}, b = {0};
    golly_efaceeq(&type_slice.type, &a, &type_slice.type, &b);
}
static void compare_funcs(void) {
    golly_efaceeq(&type_func.type, (void *)1, &type_func.type, (void *)1);
}
static void compare_slice_int(void) {
    // Different dynamic types: false without a panic, as in gc.
    static int64_t one = 1;
    go_slice a = {0};
    golly_writestr(golly_efaceeq(&type_slice.type, &a, &type_int, &one) ? "true\n" : "false\n");
}

static void assert_float(void) { golly_panicdottype(&type_int, &type_float64, &type_empty_iface.type); }
static void assert_nil(void) { golly_panicdottype(NULL, &type_int, &type_empty_iface.type); }
static void assert_no_iface(void) { golly_panicdottype(&type_int, &type_string, NULL); }
static void assert_same_name(void) { golly_panicdottype(&type_T, &type_T2, &type_empty_iface.type); }
static void assert_other_package(void) { golly_panicdottype(&type_pT_a.t, &type_pT_b.t, &type_empty_iface.type); }

// ---- itabs (iface.go itab.init) from descriptors with methods:
//   type I interface { M() int; n() }      (package main)
//   type T int: A(), M() int, n()          -> an itab
//   type U int: M() int                    -> missing method n
//   type V int: M() int, and n() declared in package other -> missing method n
//   type W int: M(), n() with an M type spelled like I's, of another
//               symbol (a local type's: `·1`) -> missing method M
// T's M has a `func() int` descriptor of its own, as a runtime type's has.

typedef struct {
    golly_type t;
    golly_uncommontype u;
    golly_method m[3];
} methods_type;

#define INT_HEADER(self) {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INT, \
                          .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_UNCOMMON, .equal = EQUAL(self)}
static methods_type type_mT = {.t = INT_HEADER(type_mT), .u = {.mcount = 3, .xcount = 2, .moff = sizeof(golly_uncommontype)}};
static methods_type type_mU = {.t = INT_HEADER(type_mU), .u = {.mcount = 1, .xcount = 1, .moff = sizeof(golly_uncommontype)}};
static methods_type type_mV = {.t = INT_HEADER(type_mV), .u = {.mcount = 2, .xcount = 1, .moff = sizeof(golly_uncommontype)}};
static methods_type type_mW = {.t = INT_HEADER(type_mW), .u = {.mcount = 2, .xcount = 1, .moff = sizeof(golly_uncommontype)}};

typedef struct {
    golly_functype f;
    const golly_type *out[1];
} func_int_type;
#define FUNC_INT {.f = {.type = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE}, \
                        .out_count = 1},                                                                                  \
                  .out = {&type_int}}
static func_int_type type_func_int = FUNC_INT, type_func_int2 = FUNC_INT, type_func_local = FUNC_INT;

static golly_imethod I_methods[2];
static golly_interfacetype type_I = {
    .type = {.size = 16, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INTERFACE, .tflag = GOLLY_TFLAG_NAMED,
             .equal = EQUAL(type_I)},
    .methods = {I_methods, 2, 2},
};

// runtime.Error, spelled by the test: its method types are not the runtime's.
typedef struct {
    golly_functype f;
    const golly_type *out[1];
} func_string_type;
static func_string_type type_func_string = {
    .f = {.type = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE},
          .out_count = 1},
    .out = {&type_string},
};
static golly_imethod E_methods[2];
static golly_interfacetype type_runtime_Error = {
    .type = {.size = 16, .align = 8, .field_align = 8, .kind = GOLLY_KIND_INTERFACE, .tflag = GOLLY_TFLAG_NAMED,
             .equal = EQUAL(type_runtime_Error)},
    .methods = {E_methods, 2, 2},
};
// The runtime's own descriptor, by its Go symbol (error.c's alias).
extern const golly_type rt_errorString;
__asm__(".set rt_errorString, \"type:runtime.errorString\"");

static go_int T_M(void *ctx, const int64_t *v) { return *v + 1; }
static void T_A(void *ctx, const int64_t *v) {}
static void T_n(void *ctx, const int64_t *v) {}
static void V_n(void *ctx, const int64_t *v) {}

static void init_itab_types(void) {
    set_string(&type_func_int.f.type, "func() int");
    set_string(&type_func_int2.f.type, "func() int");
    set_string(&type_func_local.f.type, "func() int");
    type_func_local.f.type.hash ^= 1;
    set_string(&type_func_string.f.type, "func() string");
    set_string(&type_I.type, "main.I");
    type_I.pkg_path = make_name(0, "main", NULL, NULL);
    I_methods[0] = (golly_imethod){golly_offset_to(&type_I, make_name(GOLLY_NAME_EXPORTED, "M", NULL, NULL)),
                                   golly_offset_to(&type_I, &type_func_int)};
    I_methods[1] = (golly_imethod){golly_offset_to(&type_I, make_name(0, "n", NULL, NULL)),
                                   golly_offset_to(&type_I, &type_func)};
    set_string(&type_runtime_Error.type, "runtime.Error");
    E_methods[0] = (golly_imethod){golly_offset_to(&type_runtime_Error, make_name(GOLLY_NAME_EXPORTED, "Error", NULL, NULL)),
                                   golly_offset_to(&type_runtime_Error, &type_func_string)};
    E_methods[1] = (golly_imethod){golly_offset_to(&type_runtime_Error, make_name(GOLLY_NAME_EXPORTED, "RuntimeError", NULL, NULL)),
                                   golly_offset_to(&type_runtime_Error, &type_func)};

    const uint8_t *A = make_name(GOLLY_NAME_EXPORTED, "A", NULL, NULL), *M = make_name(GOLLY_NAME_EXPORTED, "M", NULL, NULL);
    const uint8_t *main_pkg = make_name(0, "main", NULL, NULL);
    golly_rt_method T_methods[] = {
        {A, &type_func.type, (void *)T_A}, {M, &type_func_int2.f.type, (void *)T_M},
        {make_name(0, "n", NULL, NULL), &type_func.type, (void *)T_n},
    };
    golly_rt_method U_methods[] = {{M, &type_func_int.f.type, (void *)T_M}};
    golly_rt_method V_methods[] = {
        {M, &type_func_int.f.type, (void *)T_M}, {make_name(0, "n", NULL, "other"), &type_func.type, (void *)V_n},
    };
    golly_rt_method W_methods[] = {
        {M, &type_func_local.f.type, (void *)T_M}, {make_name(0, "n", NULL, NULL), &type_func.type, (void *)T_n},
    };
    golly_rt_type types[] = {
        {&type_mT.t, make_name(0, "main.T", NULL, NULL), NULL, main_pkg, T_methods},
        {&type_mU.t, make_name(0, "main.U", NULL, NULL), NULL, main_pkg, U_methods},
        {&type_mV.t, make_name(0, "main.V", NULL, NULL), NULL, main_pkg, V_methods},
        {&type_mW.t, make_name(0, "main.W", NULL, NULL), NULL, main_pkg, W_methods},
    };
    golly_init_types(types, 4);
}

static void assert_missing(void) { golly_assertE2I(&type_I.type, &type_mU.t); }
static void assert_other_package_method(void) { golly_assertE2I(&type_I.type, &type_mV.t); }
static void assert_nil_to_iface(void) { golly_assertE2I(&type_I.type, NULL); }

static void test_itabs(void) {
    init_itab_types();
    const golly_itab *tab = golly_assertE2I(&type_I.type, &type_mT.t);
    check("itab header", tab->inter == &type_I && tab->type == &type_mT.t && tab->hash == type_mT.t.hash &&
                             tab->hash != type_mU.t.hash, true);
    check("itab functions", tab->fun[0] == (void *)T_M && tab->fun[1] == (void *)T_n, true);
    int64_t v = 41, w = 41;
    check("call through the itab", ((go_int (*)(void *, const void *))tab->fun[0])(NULL, &v) == 42, true);
    check("itab cached", golly_convI2I(&type_I.type, &type_mT.t) == tab, true);
    check("assertE2I2 missing", golly_assertE2I2(&type_I.type, &type_mU.t) == NULL, true);
    check("assertE2I2 other package", golly_assertE2I2(&type_I.type, &type_mV.t) == NULL, true);
    check("assertE2I2 same spelling, other type", golly_assertE2I2(&type_I.type, &type_mW.t) == NULL, true);
    check("find_method", golly_find_method(&type_mT.t, "M", "func() int") == &type_mT.m[1], true);
    check("find_method signature", golly_find_method(&type_mT.t, "M", "func()") == NULL, true);
    check("find_method absent", golly_find_method(&type_mT.t, "Z", "func()") == NULL, true);

    go_iface x = {tab, &v}, y = {tab, &w};
    go_eface e = golly_iface_to_eface(&type_I.type, &x);
    check("iface to eface", e.type == &type_mT.t && e.data == &v, true);
    go_eface ee = {&type_int, &v};
    e = golly_iface_to_eface(&type_empty_iface.type, &ee);
    check("eface to eface", e.type == &type_int && e.data == &v, true);
    check("iface ==", golly_typeequal(&type_I.type, &x, &y), true);
    w = 1;
    check("iface !=", golly_typeequal(&type_I.type, &x, &y), false);

    // A runtime error through an itab built from the test's runtime.Error.
    const golly_itab *etab = golly_assertE2I(&type_runtime_Error.type, &rt_errorString);
    go_string msg = GO_STRING("x"), text = ((go_string (*)(void *, const void *))etab->fun[0])(NULL, &msg);
    check("runtime.Error itab", text.len == 16 && memcmp(text.ptr, "runtime error: x", 16) == 0, true);

    expect("missing method", assert_missing, 2,
           "panic: interface conversion: main.U is not main.I: missing method n\n\ngoroutine 1 [running]:\n");
    expect("missing method of another package", assert_other_package_method, 2,
           "panic: interface conversion: main.V is not main.I: missing method n\n\n");
    expect("nil to interface", assert_nil_to_iface, 2,
           "panic: interface conversion: interface is nil, not main.I\n\n");
}

void test_iface(void) {
    name_types();
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
    check("pointer", golly_efaceeq(&type_ptr.type, &i1, &type_ptr.type, &i1), true);
    check("pointer different", golly_efaceeq(&type_ptr.type, &i1, &type_ptr.type, &i1b), false);

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
    expect("type assertion other package", assert_other_package, 2,
           "panic: interface conversion: interface {} is p.T, not p.T (types from different packages)\n\n");
    test_itabs();
}
