// Self-test of the runtime against outputs observed from gc 1.19
// (`go run` of small programs; the expected strings are what gc printed).
//
// The runtime's own C main runs this file's main.main, so the test links
// and starts exactly like a compiled Go program. Each case runs in a child
// process whose standard error is captured, so panics and signals can be
// checked too.

#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int failures;

// Runs fn in a child; returns its exit status and stores its stderr in out.
static int run_child(void (*fn)(void), char *out, size_t cap) {
    int fds[2];
    if (pipe(fds) != 0)
        abort();
    golly_flush();
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        fn();
        golly_exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < cap && (r = read(fds[0], out + n, cap - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = '\0';
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// The output of the last child run by expect, for expect_contains.
char out[1 << 16];

void expect(const char *name, void (*fn)(void), int want_status, const char *want_prefix) {
    int status = run_child(fn, out, sizeof out);
    if (status != want_status || strncmp(out, want_prefix, strlen(want_prefix)) != 0) {
        fprintf(stderr, "FAIL %s: status %d (want %d)\n--- got:\n%s\n--- want prefix:\n%s\n",
                name, status, want_status, out, want_prefix);
        failures++;
    }
}

void expect_contains(const char *name, const char *needle) {
    if (strstr(out, needle) == NULL) {
        fprintf(stderr, "FAIL %s: output lacks %s\n--- got:\n%s\n", name, needle, out);
        failures++;
    }
}

// ---- Descriptors built by hand (harness.h).

// Inside the executable (.bss), where offsets from the test's descriptors
// resolve to (type.c golly_resolve_off).
static uint8_t name_pool[1 << 16];
static size_t name_pool_used;

static uint8_t *pool_alloc(size_t n) {
    if (name_pool_used + n > sizeof name_pool)
        abort();
    uint8_t *p = name_pool + name_pool_used;
    name_pool_used += n;
    return p;
}

// encoding/binary's unsigned varint, as reflect/type.go writeVarint.
static size_t put_varint(uint8_t *p, size_t v) {
    size_t n = 0;
    for (; v >= 0x80; v >>= 7)
        p[n++] = (uint8_t)(v | 0x80);
    p[n++] = (uint8_t)v;
    return n;
}

const uint8_t *make_name(uint8_t flags, const char *name, const char *tag, const char *pkg_path) {
    const uint8_t *pkg = pkg_path != NULL ? make_name(0, pkg_path, NULL, NULL) : NULL;
    size_t n = strlen(name), tn = tag != NULL ? strlen(tag) : 0;
    uint8_t *p = pool_alloc(1 + 10 + n + 10 + tn + 4), *q = p;
    *q++ = flags | (tag != NULL ? GOLLY_NAME_TAG : 0) | (pkg != NULL ? GOLLY_NAME_PKG_PATH : 0);
    q += put_varint(q, n);
    memcpy(q, name, n);
    q += n;
    if (tag != NULL) {
        q += put_varint(q, tn);
        memcpy(q, tag, tn);
        q += tn;
    }
    if (pkg != NULL) {
        int32_t off = (int32_t)(pkg - p);
        memcpy(q, &off, 4);
    }
    return p;
}

void set_string(golly_type *t, const char *s) {
    t->str = golly_offset_to(t, make_name(0, s, NULL, NULL));
    // FNV-1a of the symbol `type:` + s, as IRGen hashes a descriptor.
    uint32_t h = 2166136261u;
    for (const char *p = "type:"; *p != '\0'; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    for (const char *p = s; *p != '\0'; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    t->hash = h;
}

// ---- print: expected text printed by gc for the same values.

static void print_floats(void) {
    static const double values[] = {
        1.5, -0.0, 0, 1e300, 1.0 / 3, (double)0.1f, 123456789, 9.9999999, 99999995,
        1e-300, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 2.0 / 3, 1e23, 0.000123,
        -2.5, 1234567.5, 9999999.5, 0.99999995, 1e21, 123.456, -1e-7,
        2.2250738585072014e-308, 4503599627370497, 0.3, 100, 1e7, 12345678,
        1.0000005, 1.00000049, 9.99999949,
        (double)16777216.0f, (double)3.4028235e38f, (double)1e-45f,
    };
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        golly_printfloat(values[i]);
        golly_printnl();
    }
    double zero = 0;
    golly_printfloat(zero / zero);
    golly_printsp();
    golly_printfloat(1 / zero);
    golly_printsp();
    golly_printfloat(-1 / zero);
    golly_printnl();
}

static const char floats_want[] =
    "+1.500000e+000\n-0.000000e+000\n+0.000000e+000\n+1.000000e+300\n+3.333333e-001\n"
    "+1.000000e-001\n+1.234568e+008\n+1.000000e+001\n+1.000000e+008\n+1.000000e-300\n"
    "+4.940656e-324\n+1.797693e+308\n+3.000000e-001\n+6.666667e-001\n+1.000000e+023\n"
    "+1.230000e-004\n-2.500000e+000\n+1.234567e+006\n+1.000000e+007\n+1.000000e+000\n"
    "+1.000000e+021\n+1.234560e+002\n-1.000000e-007\n+2.225074e-308\n+4.503600e+015\n"
    "+3.000000e-001\n+1.000000e+002\n+1.000000e+007\n+1.234568e+007\n+1.000001e+000\n"
    "+1.000000e+000\n+9.999999e+000\n"
    "+1.677722e+007\n+3.402823e+038\n+1.401298e-045\n"
    "NaN +Inf -Inf\n";

static void print_others(void) {
    golly_printcomplex(1, 2);
    golly_printsp();
    golly_printcomplex(-1.5f, 0.25f);
    golly_printnl();
    golly_printbool(true);
    golly_printsp();
    golly_printbool(false);
    golly_printsp();
    golly_printint(INT64_MIN);
    golly_printsp();
    golly_printuint(UINT64_MAX);
    golly_printsp();
    golly_printint(0);
    golly_printsp();
    golly_printint(-1);
    golly_printnl();
    golly_printpointer(NULL);
    golly_printsp();
    golly_printpointer((void *)0xdead);
    golly_printnl();
    golly_printeface(NULL, NULL);
    golly_printnl();
    golly_printstring((const uint8_t *)"x", 1);
    golly_printint(1);
    golly_printint(2);
    golly_printstring((const uint8_t *)"\n", 1);
}

static const char others_want[] =
    "(+1.000000e+000+2.000000e+000i) (-1.500000e+000+2.500000e-001i)\n"
    "true false -9223372036854775808 18446744073709551615 0 -1\n"
    "0x0 0xdead\n"
    "(0x0,0x0)\n"
    "x12\n";

// ---- strings

// Both ways: bytes from the heap (buf NULL), and in the caller's buffer
// (a string that does not escape) for runes beyond ASCII.
static void check_intstring(int64_t rune, const char *want) {
    uint8_t buf[4];
    size_t want_len = rune == 0 ? 1 : strlen(want);
    for (int in_buf = 0; in_buf < 2; in_buf++) {
        go_string s = golly_intstring(in_buf ? buf : NULL, rune);
        bool placed = !in_buf || (rune >= 0 && rune < 128) || s.ptr == buf;
        if ((size_t)s.len != want_len || memcmp(s.ptr, want, (size_t)s.len) != 0 || !placed) {
            fprintf(stderr, "FAIL intstring(%s, %lld)\n", in_buf ? "buf" : "NULL", (long long)rune);
            failures++;
        }
    }
}

static go_int cmp(const char *a, const char *b) {
    return golly_cmpstring((const uint8_t *)a, (go_int)strlen(a), (const uint8_t *)b, (go_int)strlen(b));
}

static void test_strings(void) {
    check_intstring('A', "A");
    check_intstring(0, "\0");
    check_intstring(0xE9, "\xC3\xA9");
    check_intstring(0x7FF, "\xDF\xBF");
    check_intstring(0x800, "\xE0\xA0\x80");
    check_intstring(0x20AC, "\xE2\x82\xAC");
    check_intstring(0x10FFFF, "\xF4\x8F\xBF\xBF");
    check_intstring(0x1F600, "\xF0\x9F\x98\x80");
    check_intstring(0xD800, "\xEF\xBF\xBD");        // surrogate
    check_intstring(0xDFFF, "\xEF\xBF\xBD");
    check_intstring(0x110000, "\xEF\xBF\xBD");
    check_intstring(-1, "\xEF\xBF\xBD");
    check_intstring(0x100000041, "\xEF\xBF\xBD");   // not a rune after truncation
    check_intstring(INT64_MIN, "\xEF\xBF\xBD");

    struct { const char *a, *b; go_int want; } cases[] = {
        {"", "", 0}, {"a", "", 1}, {"", "a", -1}, {"abc", "abd", -1}, {"abd", "abc", 1},
        {"ab", "abc", -1}, {"abc", "ab", 1}, {"abc", "abc", 0}, {"\xff", "a", 1}, {"Z", "a", -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        if (cmp(cases[i].a, cases[i].b) != cases[i].want) {
            fprintf(stderr, "FAIL cmpstring(%s, %s)\n", cases[i].a, cases[i].b);
            failures++;
        }

    go_string s = golly_concatstring2((const uint8_t *)"ab", 2, (const uint8_t *)"cde", 3);
    if (s.len != 5 || memcmp(s.ptr, "abcde", 5) != 0) {
        fprintf(stderr, "FAIL concatstring2\n");
        failures++;
    }
    static const uint8_t only[] = "xy";
    s = golly_concatstring2(only, 2, NULL, 0);
    if (s.ptr != only || s.len != 2) {
        fprintf(stderr, "FAIL concatstring2 with empty operand must not copy\n");
        failures++;
    }
    uint8_t *p = golly_alloc(100);
    for (int i = 0; i < 100; i++)
        if (p[i] != 0 || ((uintptr_t)p & 15) != 0) {
            fprintf(stderr, "FAIL alloc: not zeroed or aligned\n");
            failures++;
            break;
        }
}

// ---- panics. Functions with Go link names stand in for compiled Go code,
// so the traceback shows them as gc would.

#define BASIC(ctype, kind_) .size = sizeof(ctype), .align = _Alignof(ctype), .field_align = _Alignof(ctype), .kind = (kind_)
golly_type type_int = {BASIC(go_int, GOLLY_KIND_INT), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_int)};
static golly_type type_T = {BASIC(go_int, GOLLY_KIND_INT), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_T)};
static golly_type type_S = {BASIC(go_string, GOLLY_KIND_STRING), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_S)};
static golly_type type_F = {BASIC(double, GOLLY_KIND_FLOAT64), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_F)};
static golly_type type_C = {.size = 16, .align = 8, .field_align = 8, .kind = GOLLY_KIND_COMPLEX128,
                            .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_C)};
golly_type type_string = {BASIC(go_string, GOLLY_KIND_STRING), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_string)};
static golly_structtype type_St = {.type = {.size = 8, .align = 8, .field_align = 8, .kind = GOLLY_KIND_STRUCT,
                                            .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_St)}};
static golly_type type_u8 = {BASIC(uint8_t, GOLLY_KIND_UINT8), .tflag = GOLLY_TFLAG_NAMED, .equal = EQUAL(type_u8)};

static void name_types(void) {
    set_string(&type_int, "int");
    set_string(&type_T, "main.T");
    set_string(&type_S, "main.S");
    set_string(&type_F, "main.F");
    set_string(&type_C, "main.C");
    set_string(&type_string, "string");
    set_string(&type_St.type, "main.St");
    set_string(&type_u8, "uint8");
}

static volatile int *volatile nil_pointer;
static volatile int64_t zero;

GO_FUNC(go_g, "main.g") {
    static int64_t five = 5;
    golly_gopanic(&type_int, &five);
}
GO_FUNC(go_f_func1, "main.f.func1") { go_g(); }
GO_FUNC(go_f, "main.f") { go_f_func1(); }
GO_FUNC(go_main, "main.main_test") { go_f(); }

static void panic_int(void) { golly_printstring((const uint8_t *)"before\n", 7); go_main(); }
static void panic_nil(void) { golly_gopanic(NULL, NULL); }
static void panic_T(void) { static int64_t v = 5; golly_gopanic(&type_T, &v); }
static void panic_S(void) { static go_string v = {(const uint8_t *)"hi", 2}; golly_gopanic(&type_S, &v); }
static void panic_F(void) { static double v = 1.5; golly_gopanic(&type_F, &v); }
static void panic_C(void) { static double v[2] = {1, 2}; golly_gopanic(&type_C, v); }
static void panic_string(void) { static go_string v = {(const uint8_t *)"str", 3}; golly_gopanic(&type_string, &v); }
static void panic_u8(void) { static uint8_t v = 3; golly_gopanic(&type_u8, &v); }
static void panic_struct(void) { golly_gopanic(&type_St.type, (void *)0x4beb28); }
static void panic_index(void) { golly_panicIndex(5, 3); }
static void panic_index_negative(void) { golly_panicIndex(-1, 3); }
static void panic_divide(void) { golly_panicdivide(); }
static void panic_shift(void) { golly_panicshift(); }

GO_FUNC(go_deref, "main.deref") { golly_printint(*nil_pointer); }
static void nil_dereference(void) { go_deref(); }

GO_FUNC(go_divide, "main.divide") { golly_printint(7 / zero); }
static void divide_trap(void) { go_divide(); }

__attribute__((noinline)) static int64_t recurse(int64_t n) __asm__("main.recurse");
static int64_t recurse(int64_t n) {
    volatile char pad[64];
    pad[0] = (char)n;
    if (zero != 0)  // never: recurse until the stack overflows
        return 0;
    return recurse(n + 1) + pad[0];
}
// gc lets a goroutine stack grow to 1 GB, far beyond the 8 MB process
// stack rlimit.
__attribute__((noinline)) static int64_t descend(int64_t n) {
    volatile char pad[256];
    pad[0] = (char)n;
    if (n == 0)
        return 0;
    return descend(n - 1) + pad[0] - (char)n + 1;
}
static void deep_recursion(void) {
    golly_printint(descend(200000));     // about 60 MB of stack
}

static void stack_overflow(void) { golly_printint(recurse(0)); }

static void out_of_memory(void) { golly_alloc(-1); }

static void buffered_before_panic(void) {
    for (int i = 0; i < 3; i++) {
        golly_printint(i);
        golly_printnl();
    }
    golly_panicshift();
}

static void test_panics(void) {
    expect("panic int", panic_int, 2,
           "before\npanic: 5\n\ngoroutine 1 [running]:\n"
           "main.g(...)\n\t?:0 +0x");
    expect_contains("traceback order",
                    "\nmain.f.func1(...)\n\t?:0 +0x");
    expect_contains("traceback order", "\nmain.f(...)\n\t?:0 +0x");
    expect_contains("traceback order", "\nmain.main_test(...)\n\t?:0 +0x");
    expect("panic nil", panic_nil, 2, "panic: nil\n\ngoroutine 1 [running]:\n");
    expect("panic T", panic_T, 2, "panic: main.T(5)\n\n");
    expect("panic S", panic_S, 2, "panic: main.S(\"hi\")\n\n");
    expect("panic F", panic_F, 2, "panic: main.F(+1.500000e+000)\n\n");
    expect("panic C", panic_C, 2, "panic: main.C(+1.000000e+000+2.000000e+000i)\n\n");
    expect("panic string", panic_string, 2, "panic: str\n\n");
    expect("panic uint8", panic_u8, 2, "panic: 3\n\n");
    expect("panic struct", panic_struct, 2, "panic: (main.St) 0x4beb28\n\n");
    expect("index", panic_index, 2, "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n");
    expect("index negative", panic_index_negative, 2, "panic: runtime error: index out of range [-1]\n\n");
    expect("divide", panic_divide, 2, "panic: runtime error: integer divide by zero\n\n");
    expect("shift", panic_shift, 2, "panic: runtime error: negative shift amount\n\n");
    expect("nil dereference", nil_dereference, 2,
           "panic: runtime error: invalid memory address or nil pointer dereference\n"
           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x");
    expect_contains("nil dereference frame", "\n\ngoroutine 1 [running]:\nmain.deref(...)\n");
    expect("divide trap", divide_trap, 2,
           "panic: runtime error: integer divide by zero\n"
           "[signal SIGFPE: floating-point exception code=0x1 addr=0x");
    expect_contains("divide trap frame", "\nmain.divide(...)\n");
    expect("stack overflow", stack_overflow, 2,
           "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x");
    expect_contains("stack overflow",
                    "fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.recurse(...)\n");
    expect_contains("stack overflow", "...additional frames elided...\n");
    expect("deep recursion", deep_recursion, 0, "200000");
    expect("out of memory", out_of_memory, 2, "fatal error: runtime: out of memory\n");
    expect("print order", buffered_before_panic, 2, "0\n1\n2\npanic: runtime error: negative shift amount\n");
}

void test_init(void) __asm__("main.init");
void test_init(void) {
    name_types();
}

void test_main(void) __asm__("main.main");
void test_main(void) {
    expect("floats", print_floats, 0, floats_want);
    expect("print", print_others, 0, others_want);
    test_strings();
    test_panics();
    test_type();
    test_defer();
    test_iface();
    test_slice();
    test_map();
    test_chan();
    test_gc();
    if (failures != 0) {
        fprintf(stderr, "%d failures\n", failures);
        exit(1);
    }
    fprintf(stderr, "PASS\n");
}
