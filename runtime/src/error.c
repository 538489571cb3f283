// Run-time errors: runtime/error.go and runtime/panic.go (panicdivide,
// panicshift, panicmem, goPanicIndex, panicdottypeE). Each is a real panic
// whose value is an interface holding one of gc's concrete runtime.Error
// types, so that a later recover() returns a value of the same dynamic type
// as in gc (runtime.errorString, runtime.boundsError,
// *runtime.TypeAssertionError).

#include "internal.h"

#include <string.h>


// The runtime's type descriptors are also exported under the compiler's
// names (`type:T`, abi.h), so compiled code can refer to them once type
// switches on runtime.Error exist. GCC does not quote asm labels, and `:` is
// not a valid unquoted assembler symbol character, so the Go names are
// aliases defined in assembly, where they can be quoted.
#define GOLLY_TYPE_ALIAS(cname, goname) \
    __asm__(".globl \"" goname "\"\n\t.set \"" goname "\", " #cname)

// The methods of the runtime's error types (error.go), called through
// itabs like compiled methods: `results(ctx, data word)`. Each type has
// Error() string and RuntimeError() (the runtime.Error interface).
static go_string errorString_Error(void *ctx, const go_string *s);
static go_string plainError_Error(void *ctx, const go_string *s);
static go_string boundsError_Error(void *ctx, const void *e);
static go_string TypeAssertionError_Error(void *ctx, const void *e);
static void RuntimeError(void *ctx, const void *e) {
}

#define ERROR_METHODS(error_fn)                                                      \
    {                                                                                \
        {GO_STRING("Error"), GO_STRING("func() string"), (void *)(error_fn)},        \
        {GO_STRING("RuntimeError"), GO_STRING("func()"), (void *)RuntimeError},      \
    }

static const golly_method errorString_methods[] = ERROR_METHODS(errorString_Error);
static const golly_method plainError_methods[] = ERROR_METHODS(plainError_Error);
static const golly_method boundsError_methods[] = ERROR_METHODS(boundsError_Error);
static const golly_method TypeAssertionError_methods[] = ERROR_METHODS(TypeAssertionError_Error);

// The pointer bitmap of a string and of the types made of one.
static const uint8_t first_word[] = {1};

// error.go: type errorString string.
const golly_type golly_type_errorString = {
    .methods = errorString_methods,
    .nmethods = 2,
    .size = sizeof(go_string),
    .kind = GOLLY_KIND_STRING,
    .align = _Alignof(go_string),
    .flags = GOLLY_TFLAG_NAMED,
    .name = GO_STRING("runtime.errorString"),
    .ptrdata = 8,
    .gcdata = first_word,
};

// error.go: type boundsError struct { x int64; y int; signed bool; code uint8 }.
typedef struct {
    int64_t x;
    go_int y;
    bool is_signed;
    uint8_t code;
} bounds_error;

// The field types of the runtime's structs, for == and hashing (typealg.c).
static const golly_type type_int64 = {.size = 8, .kind = GOLLY_KIND_INT64, .align = 8, .name = GO_STRING("int64")};
static const golly_type type_int = {.size = 8, .kind = GOLLY_KIND_INT, .align = 8, .name = GO_STRING("int")};
static const golly_type type_bool = {.size = 1, .kind = GOLLY_KIND_BOOL, .align = 1, .name = GO_STRING("bool")};
static const golly_type type_uint8 = {.size = 1, .kind = GOLLY_KIND_UINT8, .align = 1, .name = GO_STRING("uint8")};
const golly_type golly_type_string = {.size = sizeof(go_string), .kind = GOLLY_KIND_STRING, .align = 8,
                                      .name = GO_STRING("string"), .ptrdata = 8, .gcdata = first_word};
static const golly_type type_ptr_type = {.size = 8, .kind = GOLLY_KIND_POINTER, .align = 8, .name = GO_STRING("*runtime._type")};

static const golly_field bounds_error_fields[] = {
    {&type_int64, offsetof(bounds_error, x), 0},
    {&type_int, offsetof(bounds_error, y), 0},
    {&type_bool, offsetof(bounds_error, is_signed), 0},
    {&type_uint8, offsetof(bounds_error, code), 0},
};

const golly_type golly_type_boundsError = {
    .size = sizeof(bounds_error),
    .kind = GOLLY_KIND_STRUCT,
    .align = _Alignof(bounds_error),
    .flags = GOLLY_TFLAG_NAMED,
    .name = GO_STRING("runtime.boundsError"),
    .methods = boundsError_methods,
    .nmethods = 2,
    .fields = bounds_error_fields,
    .nfields = 4,
};

// error.go: type TypeAssertionError struct { _interface, concrete,
// asserted *_type; missingMethod string }. The panic value is a pointer to
// one, so its dynamic type is *runtime.TypeAssertionError.
typedef struct {
    const golly_type *iface;
    const golly_type *concrete;
    const golly_type *asserted;
    go_string missing_method;
} type_assertion_error;

static const golly_field type_assertion_error_fields[] = {
    {&type_ptr_type, offsetof(type_assertion_error, iface), 0},
    {&type_ptr_type, offsetof(type_assertion_error, concrete), 0},
    {&type_ptr_type, offsetof(type_assertion_error, asserted), 0},
    {&golly_type_string, offsetof(type_assertion_error, missing_method), 0},
};

// Only missing_method's bytes can be in the heap: the three types are static.
static const uint8_t type_assertion_error_gcdata[] = {1 << (offsetof(type_assertion_error, missing_method) / 8)};

const golly_type golly_type_TypeAssertionError = {
    .ptrdata = offsetof(type_assertion_error, missing_method) + 8,
    .gcdata = type_assertion_error_gcdata,
    .fields = type_assertion_error_fields,
    .nfields = 4,
    .size = sizeof(type_assertion_error),
    .kind = GOLLY_KIND_STRUCT,
    .align = _Alignof(type_assertion_error),
    .flags = GOLLY_TFLAG_NAMED,
    .name = GO_STRING("runtime.TypeAssertionError"),
};

const golly_type golly_type_ptr_TypeAssertionError = {
    .size = sizeof(void *),
    .kind = GOLLY_KIND_POINTER,
    .align = _Alignof(void *),
    .name = GO_STRING("*runtime.TypeAssertionError"),
    .elem = &golly_type_TypeAssertionError,
    .methods = TypeAssertionError_methods,
    .nmethods = 2,
};

// error.go: type plainError string: a runtime.Error printed without the
// "runtime error: " prefix.
const golly_type golly_type_plainError = {
    .size = sizeof(go_string),
    .kind = GOLLY_KIND_STRING,
    .align = _Alignof(go_string),
    .flags = GOLLY_TFLAG_NAMED,
    .name = GO_STRING("runtime.plainError"),
    .ptrdata = 8,
    .gcdata = first_word,
    .methods = plainError_methods,
    .nmethods = 2,
};

GOLLY_TYPE_ALIAS(golly_type_errorString, "type:runtime.errorString");
GOLLY_TYPE_ALIAS(golly_type_plainError, "type:runtime.plainError");
GOLLY_TYPE_ALIAS(golly_type_boundsError, "type:runtime.boundsError");
GOLLY_TYPE_ALIAS(golly_type_TypeAssertionError, "type:runtime.TypeAssertionError");
GOLLY_TYPE_ALIAS(golly_type_ptr_TypeAssertionError, "type:*runtime.TypeAssertionError");

// panic.go: the errorString values of the fixed run-time errors.
static const go_string divide_error = GO_STRING("integer divide by zero");
static const go_string shift_error = GO_STRING("negative shift amount");
static const go_string memory_error = GO_STRING("invalid memory address or nil pointer dereference");

void golly_panic_errorstring(const go_string *msg) {
    golly_gopanic(&golly_type_errorString, (void *)msg);
}

void golly_panic_plainerror(const go_string *msg) {
    golly_gopanic(&golly_type_plainError, (void *)msg);
}

void golly_panicdivide(void) {
    golly_panic_errorstring(&divide_error);
}

void golly_panicshift(void) {
    golly_panic_errorstring(&shift_error);
}

void golly_panicunsafeslicelen(void) {
    static const go_string msg = GO_STRING("unsafe.Slice: len out of range");
    golly_panic_errorstring(&msg);
}

void golly_panicunsafeslicenilptr(void) {
    static const go_string msg = GO_STRING("unsafe.Slice: ptr is nil and len is not zero");
    golly_panic_errorstring(&msg);
}

void golly_panicmem(void) {
    // Compiled code checks pointers explicitly (docs/DESIGN.md §6) where gc
    // takes a SIGSEGV; report it as the fault gc would have taken, at the
    // check's call site, so the output carries gc's `[signal SIGSEGV ...]` line.
    if (golly_panic_signal.sig == 0)
        golly_panic_signal = (golly_siginfo){.sig = 11, .code = 1, .addr = 0,
                                             .pc = (uint64_t)(uintptr_t)__builtin_return_address(0)};
    golly_panic_errorstring(&memory_error);
}

void golly_panic_bounds(int64_t x, go_int y, bool is_signed, uint8_t code) {
    bounds_error *e = golly_alloc(sizeof *e);
    *e = (bounds_error){.x = x, .y = y, .is_signed = is_signed, .code = code};
    golly_gopanic(&golly_type_boundsError, e);
}

// panic.go goPanicIndex: s[x] with 0 <= x < len(s) false, x signed.
// panic.go goPanicIndexU: an unsigned index, printed as unsigned.
void golly_panicIndexU(go_uint x, go_int len) {
    golly_panic_bounds((int64_t)x, len, false, GOLLY_BOUNDS_INDEX);
}

void golly_panicIndex(go_int x, go_int len) {
    golly_panic_bounds(x, len, true, GOLLY_BOUNDS_INDEX);
}

// iface.go panicdottypeE / assertE2I: panic(&TypeAssertionError{...}).
void golly_panic_type_assertion(const golly_type *iface, const golly_type *have,
                                const golly_type *want, go_string missing_method) {
    type_assertion_error *e = golly_mallocgc(sizeof *e, &golly_type_TypeAssertionError);
    *e = (type_assertion_error){iface, have, want, missing_method};
    golly_gopanic(&golly_type_ptr_TypeAssertionError, e);
}

static void print_type_name(const golly_type *t) {
    golly_printstring(t->name.ptr, t->name.len);
}

static bool same_name(const golly_type *a, const golly_type *b) {
    return a->name.len == b->name.len && memcmp(a->name.ptr, b->name.ptr, (size_t)a->name.len) == 0;
}

// error.go (*TypeAssertionError).Error.
static void print_type_assertion_error(const type_assertion_error *e) {
    golly_writestr("interface conversion: ");
    if (e->concrete != NULL && e->missing_method.len != 0) {
        print_type_name(e->concrete);
        golly_writestr(" is not ");
        print_type_name(e->asserted);
        golly_writestr(": missing method ");
        golly_printstring(e->missing_method.ptr, e->missing_method.len);
        return;
    }
    if (e->iface != NULL)
        print_type_name(e->iface);
    else
        golly_writestr("interface");
    golly_writestr(" is ");
    if (e->concrete == NULL) {
        golly_writestr("nil, not ");
        print_type_name(e->asserted);
        return;
    }
    print_type_name(e->concrete);
    golly_writestr(", not ");
    print_type_name(e->asserted);
    // gc compares the package paths here; until golly compiles more than
    // package main, two distinct types of the same name come from
    // different scopes.
    if (same_name(e->concrete, e->asserted))
        golly_writestr(" (types from different scopes)");
}

// error.go boundsErrorFmts and boundsNegErrorFmts.
static const char *const bounds_formats[] = {
    [GOLLY_BOUNDS_INDEX] = "index out of range [%x] with length %y",
    [GOLLY_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
    [GOLLY_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
    [GOLLY_BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
    [GOLLY_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
    [GOLLY_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
    [GOLLY_BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
    [GOLLY_BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
    [GOLLY_BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const bounds_negative_formats[] = {
    [GOLLY_BOUNDS_INDEX] = "index out of range [%x]",
    [GOLLY_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
    [GOLLY_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
    [GOLLY_BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
    [GOLLY_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
    [GOLLY_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
    [GOLLY_BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
    [GOLLY_BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
};

// error.go appendIntStr.
static void print_bound(int64_t v, bool is_signed) {
    if (is_signed)
        golly_printint(v);
    else
        golly_printuint((uint64_t)v);
}

// error.go (boundsError).Error.
static void print_bounds_error(const bounds_error *e) {
    const char *format = bounds_formats[e->code];
    if (e->is_signed && e->x < 0 && e->code < sizeof bounds_negative_formats / sizeof *bounds_negative_formats)
        format = bounds_negative_formats[e->code];
    golly_writestr("runtime error: ");
    for (const char *c = format; *c != '\0'; c++) {
        if (*c != '%') {
            golly_write(c, 1);
            continue;
        }
        c++;
        if (*c == 'x')
            print_bound(e->x, e->is_signed);
        else if (*c == 'y')
            print_bound(e->y, true);
    }
}

// The Error methods: the texts the print routines above write, captured
// into a string (output.c).
static go_string errorString_Error(void *ctx, const go_string *s) {
    golly_capture_begin();
    golly_writestr("runtime error: ");
    golly_printstring(s->ptr, s->len);
    return golly_capture_end();
}

static go_string plainError_Error(void *ctx, const go_string *s) {
    return *s;
}

static go_string boundsError_Error(void *ctx, const void *e) {
    golly_capture_begin();
    print_bounds_error(e);
    return golly_capture_end();
}

static go_string TypeAssertionError_Error(void *ctx, const void *e) {
    golly_capture_begin();
    print_type_assertion_error(e);
    return golly_capture_end();
}

// panic.go preprintpanics: an error panic value prints as v.Error(), else a
// fmt.Stringer's as v.String(). The methods are found in the dynamic type's
// method table and called as an itab would call them, with the data word;
// *text gets the result.
bool golly_error_text(const golly_type *t, const void *data, go_string *text) {
    const golly_method *m = golly_find_method(t, "Error", "func() string");
    if (m == NULL)
        m = golly_find_method(t, "String", "func() string");
    if (m == NULL)
        return false;
    *text = ((go_string (*)(void *, const void *))m->fn)(NULL, data);
    return true;
}
