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
// Error() string and RuntimeError() (the runtime.Error interface). A
// method expression's function (tfn) would take the receiver itself; the
// runtime's types give the itab's function for both, which differs only
// for errorString, plainError and boundsError called through reflect.
static go_string errorString_Error(void *ctx, const go_string *s);
static go_string plainError_Error(void *ctx, const go_string *s);
static go_string boundsError_Error(void *ctx, const void *e);
static go_string TypeAssertionError_Error(void *ctx, const void *e);
static go_string errorAddressString_Error(void *ctx, const void *e);
static uintptr_t errorAddressString_Addr(void *ctx, const void *e);
static void RuntimeError(void *ctx, const void *e) {
}

// ---- The descriptors (abi.h), each one object as IRGen lays out `type:T`:
// the kind's struct, the uncommon part of a named type or one with
// methods, its methods. Offsets are written by golly_error_types_init.

typedef struct {
    golly_type k;
    golly_uncommontype u;
    golly_method m[2];
} basic_error_type;                 // errorString, plainError

typedef struct {
    golly_structtype k;
    golly_uncommontype u;
    golly_method m[2];
} struct_error_type;                // boundsError

typedef struct {
    golly_structtype k;
    golly_uncommontype u;
} named_struct_type;                // TypeAssertionError, _type

typedef struct {
    golly_ptrtype k;
    golly_uncommontype u;
    golly_method m[2];
} pointer_error_type;               // *TypeAssertionError

_Static_assert(offsetof(basic_error_type, u) == sizeof(golly_type) &&
               offsetof(struct_error_type, u) == sizeof(golly_structtype) &&
               offsetof(named_struct_type, u) == sizeof(golly_structtype) &&
               offsetof(pointer_error_type, u) == sizeof(golly_ptrtype),
               "the uncommon part follows the kind's struct (runtime/type.go uncommon)");
enum { METHODS_OFF = sizeof(golly_uncommontype) };
_Static_assert(offsetof(basic_error_type, m) - offsetof(basic_error_type, u) == METHODS_OFF &&
               offsetof(struct_error_type, m) - offsetof(struct_error_type, u) == METHODS_OFF &&
               offsetof(pointer_error_type, m) - offsetof(pointer_error_type, u) == METHODS_OFF,
               "the methods follow the uncommon part");
// Error and RuntimeError, both exported.
#define TWO_METHODS {.mcount = 2, .xcount = 2, .moff = METHODS_OFF}

// The pointer bitmap of a string and of the types made of one.
static const uint8_t first_word[] = {1};

#define HEADER(ctype, kind_)                                                      \
    .size = sizeof(ctype), .align = _Alignof(ctype), .field_align = _Alignof(ctype), \
    .kind = (kind_)
#define POINTER_KIND (GOLLY_KIND_POINTER | GOLLY_KIND_DIRECT_IFACE)

// The predeclared types of the runtime's struct fields, for == and hashing
// (typealg.c), and `string` for the runtime's own string records.
static golly_type type_int64 = {HEADER(int64_t, GOLLY_KIND_INT64), .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_REGULAR_MEMORY,
                                .equal = GOLLY_TYPED_EQUAL(type_int64)};
static golly_type type_int = {HEADER(go_int, GOLLY_KIND_INT), .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_REGULAR_MEMORY,
                              .equal = GOLLY_TYPED_EQUAL(type_int)};
static golly_type type_bool = {HEADER(bool, GOLLY_KIND_BOOL), .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_REGULAR_MEMORY,
                               .equal = GOLLY_TYPED_EQUAL(type_bool)};
static golly_type type_uintptr = {HEADER(uintptr_t, GOLLY_KIND_UINTPTR), .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_REGULAR_MEMORY,
                                  .equal = GOLLY_TYPED_EQUAL(type_uintptr)};
static golly_type type_uint8 = {HEADER(uint8_t, GOLLY_KIND_UINT8), .tflag = GOLLY_TFLAG_NAMED | GOLLY_TFLAG_REGULAR_MEMORY,
                                .equal = GOLLY_TYPED_EQUAL(type_uint8)};
golly_type golly_string_type = {HEADER(go_string, GOLLY_KIND_STRING), .tflag = GOLLY_TFLAG_NAMED,
                                .equal = GOLLY_TYPED_EQUAL(golly_string_type), .ptrdata = 8, .gcdata = first_word};

// The methods' types, without receiver: func() string and func(). A func
// type's parameters and results follow its struct (type.c golly_func_params),
// then its adapters for reflect's calls (abi.h golly_func_adapters): none
// here, the compiler makes them.
static struct {
    golly_functype k;
    const golly_type *out[1];
    golly_func_adapters adapters;
} func_string_type = {
    .k = {.type = {HEADER(void *, GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE), .ptrdata = 8, .gcdata = first_word},
          .in_count = 0, .out_count = 1},
    .out = {&golly_string_type},
};
static struct {
    golly_functype k;
    const golly_type *out[1];
    golly_func_adapters adapters;
} func_uintptr_type = {
    .k = {.type = {HEADER(void *, GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE), .ptrdata = 8, .gcdata = first_word},
          .in_count = 0, .out_count = 1},
    .out = {&type_uintptr},
};
static struct {
    golly_functype type;
    golly_func_adapters adapters;
} func_type = {
    .type = {.type = {HEADER(void *, GOLLY_KIND_FUNC | GOLLY_KIND_DIRECT_IFACE), .ptrdata = 8, .gcdata = first_word}},
};

#define RUNTIME_PKG GOLLY_STATIC_NAME(0, "runtime")

#define ERROR_METHODS(error_fn)                                                                              \
    {                                                                                                        \
        {GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "Error"), &func_string_type.k.type, (void *)(error_fn)},    \
        {GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "RuntimeError"), &func_type.type.type, (void *)RuntimeError},    \
    }

static const golly_rt_method errorString_methods[] = ERROR_METHODS(errorString_Error);
static const golly_rt_method plainError_methods[] = ERROR_METHODS(plainError_Error);
static const golly_rt_method boundsError_methods[] = ERROR_METHODS(boundsError_Error);
static const golly_rt_method TypeAssertionError_methods[] = ERROR_METHODS(TypeAssertionError_Error);
static const golly_rt_method errorAddressString_methods[] = {
    {GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "Addr"), &func_uintptr_type.k.type, (void *)errorAddressString_Addr},
    {GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "Error"), &func_string_type.k.type, (void *)errorAddressString_Error},
    {GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "RuntimeError"), &func_type.type.type, (void *)RuntimeError},
};

// error.go: type errorString string.
basic_error_type golly_type_errorString = {
    .k = {HEADER(go_string, GOLLY_KIND_STRING), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED,
          .equal = GOLLY_TYPED_EQUAL(golly_type_errorString), .ptrdata = 8, .gcdata = first_word},
    .u = TWO_METHODS,
};

// error.go: type plainError string: a runtime.Error printed without the
// "runtime error: " prefix.
basic_error_type golly_type_plainError = {
    .k = {HEADER(go_string, GOLLY_KIND_STRING), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED,
          .equal = GOLLY_TYPED_EQUAL(golly_type_plainError), .ptrdata = 8, .gcdata = first_word},
    .u = TWO_METHODS,
};

// error.go: type boundsError struct { x int64; y int; signed bool; code uint8 }.
typedef struct {
    int64_t x;
    go_int y;
    bool is_signed;
    uint8_t code;
} bounds_error;

static const golly_structfield bounds_error_fields[] = {
    {GOLLY_STATIC_NAME(0, "x"), &type_int64, offsetof(bounds_error, x)},
    {GOLLY_STATIC_NAME(0, "y"), &type_int, offsetof(bounds_error, y)},
    {GOLLY_STATIC_NAME(0, "signed"), &type_bool, offsetof(bounds_error, is_signed)},
    {GOLLY_STATIC_NAME(0, "code"), &type_uint8, offsetof(bounds_error, code)},
};

struct_error_type golly_type_boundsError = {
    .k = {.type = {HEADER(bounds_error, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED,
                   .equal = GOLLY_TYPED_EQUAL(golly_type_boundsError)},
          .pkg_path = RUNTIME_PKG, .fields = {bounds_error_fields, 4, 4}},
    .u = TWO_METHODS,
};

// error.go: type errorAddressString struct { msg string; addr uintptr },
// the error of a fault under debug.SetPanicOnFault; its Addr method gives
// the faulting address.
typedef struct {
    go_string msg;
    uintptr_t addr;
} error_address_string;

static const golly_structfield error_address_string_fields[] = {
    {GOLLY_STATIC_NAME(0, "msg"), &golly_string_type, offsetof(error_address_string, msg)},
    {GOLLY_STATIC_NAME(0, "addr"), &type_uintptr, offsetof(error_address_string, addr)},
};

static struct {
    golly_structtype k;
    golly_uncommontype u;
    golly_method m[3];
} golly_type_errorAddressString = {
    .k = {.type = {HEADER(error_address_string, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED,
                   .equal = GOLLY_TYPED_EQUAL(golly_type_errorAddressString), .ptrdata = 8, .gcdata = first_word},
          .pkg_path = RUNTIME_PKG, .fields = {error_address_string_fields, 2, 2}},
    .u = {.mcount = 3, .xcount = 3, .moff = METHODS_OFF},
};
_Static_assert(offsetof(__typeof__(golly_type_errorAddressString), m) -
               offsetof(__typeof__(golly_type_errorAddressString), u) == METHODS_OFF,
               "the methods follow the uncommon part");

// runtime/type.go _type, the element of the *_type fields below: a
// 48-byte struct whose fields the runtime's descriptor does not list
// (nothing reflects on them). Its `equal` field makes it uncomparable.
static const uint8_t rtype_gcdata[] = {(1 << (offsetof(golly_type, equal) / 8)) | (1 << (offsetof(golly_type, gcdata) / 8))};
static named_struct_type type_rtype = {
    .k = {.type = {HEADER(golly_type, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED,
                   .ptrdata = offsetof(golly_type, gcdata) + 8, .gcdata = rtype_gcdata},
          .pkg_path = RUNTIME_PKG},
};
static golly_ptrtype type_ptr_rtype = {
    .type = {HEADER(void *, POINTER_KIND), .tflag = GOLLY_TFLAG_REGULAR_MEMORY,
             .equal = GOLLY_TYPED_EQUAL(type_ptr_rtype), .ptrdata = 8, .gcdata = first_word},
    .elem = &type_rtype.k.type,
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

static const golly_structfield type_assertion_error_fields[] = {
    {GOLLY_STATIC_NAME(0, "_interface"), &type_ptr_rtype.type, offsetof(type_assertion_error, iface)},
    {GOLLY_STATIC_NAME(0, "concrete"), &type_ptr_rtype.type, offsetof(type_assertion_error, concrete)},
    {GOLLY_STATIC_NAME(0, "asserted"), &type_ptr_rtype.type, offsetof(type_assertion_error, asserted)},
    {GOLLY_STATIC_NAME(0, "missingMethod"), &golly_string_type, offsetof(type_assertion_error, missing_method)},
};

// Every word but the string's length holds a pointer: the three types
// (static, or in the heap when reflect made them) and missing_method's bytes.
static const uint8_t type_assertion_error_gcdata[] = {0x0f};

named_struct_type golly_type_TypeAssertionError = {
    .k = {.type = {HEADER(type_assertion_error, GOLLY_KIND_STRUCT), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_NAMED,
                   .equal = GOLLY_TYPED_EQUAL(golly_type_TypeAssertionError),
                   .ptrdata = offsetof(type_assertion_error, missing_method) + 8, .gcdata = type_assertion_error_gcdata},
          .pkg_path = RUNTIME_PKG, .fields = {type_assertion_error_fields, 4, 4}},
    .u = {.moff = METHODS_OFF},
};

pointer_error_type golly_type_ptr_TypeAssertionError = {
    .k = {.type = {HEADER(void *, POINTER_KIND), .tflag = GOLLY_TFLAG_UNCOMMON | GOLLY_TFLAG_REGULAR_MEMORY,
                   .equal = GOLLY_TYPED_EQUAL(golly_type_ptr_TypeAssertionError), .ptrdata = 8, .gcdata = first_word},
          .elem = &golly_type_TypeAssertionError.k.type},
    .u = TWO_METHODS,
};

// The strings (gc's, with its exported bit for an exported type name),
// package paths and methods, written into the descriptors above.
static const golly_rt_type error_types[] = {
    {&type_int64, GOLLY_STATIC_NAME(0, "int64"), NULL, NULL, NULL},
    {&type_int, GOLLY_STATIC_NAME(0, "int"), NULL, NULL, NULL},
    {&type_bool, GOLLY_STATIC_NAME(0, "bool"), NULL, NULL, NULL},
    {&type_uint8, GOLLY_STATIC_NAME(0, "uint8"), NULL, NULL, NULL},
    {&type_uintptr, GOLLY_STATIC_NAME(0, "uintptr"), NULL, NULL, NULL},
    {&func_uintptr_type.k.type, GOLLY_STATIC_NAME(0, "func() uintptr"), NULL, NULL, NULL},
    {&golly_string_type, GOLLY_STATIC_NAME(0, "string"), NULL, NULL, NULL},
    {&func_string_type.k.type, GOLLY_STATIC_NAME(0, "func() string"), NULL, NULL, NULL},
    {&func_type.type.type, GOLLY_STATIC_NAME(0, "func()"), NULL, NULL, NULL},
    {&golly_type_errorString.k, GOLLY_STATIC_NAME(0, "runtime.errorString"), NULL, RUNTIME_PKG, errorString_methods},
    {&golly_type_plainError.k, GOLLY_STATIC_NAME(0, "runtime.plainError"), NULL, RUNTIME_PKG, plainError_methods},
    {&golly_type_boundsError.k.type, GOLLY_STATIC_NAME(0, "runtime.boundsError"), NULL, RUNTIME_PKG, boundsError_methods},
    {&golly_type_errorAddressString.k.type, GOLLY_STATIC_NAME(0, "runtime.errorAddressString"), NULL, RUNTIME_PKG,
     errorAddressString_methods},
    {&type_rtype.k.type, GOLLY_STATIC_NAME(0, "runtime._type"), &type_ptr_rtype.type, RUNTIME_PKG, NULL},
    {&type_ptr_rtype.type, GOLLY_STATIC_NAME(0, "*runtime._type"), NULL, NULL, NULL},
    {&golly_type_TypeAssertionError.k.type, GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "runtime.TypeAssertionError"),
     &golly_type_ptr_TypeAssertionError.k.type, RUNTIME_PKG, NULL},
    {&golly_type_ptr_TypeAssertionError.k.type, GOLLY_STATIC_NAME(GOLLY_NAME_EXPORTED, "*runtime.TypeAssertionError"),
     NULL, RUNTIME_PKG, TypeAssertionError_methods},
};

void golly_error_types_init(void) {
    golly_init_types(error_types, sizeof error_types / sizeof *error_types);
}

GOLLY_TYPE_ALIAS(golly_type_errorString, "type:runtime.errorString");
GOLLY_TYPE_ALIAS(golly_type_plainError, "type:runtime.plainError");
GOLLY_TYPE_ALIAS(golly_type_boundsError, "type:runtime.boundsError");
GOLLY_TYPE_ALIAS(golly_type_TypeAssertionError, "type:runtime.TypeAssertionError");
GOLLY_TYPE_ALIAS(golly_type_ptr_TypeAssertionError, "type:*runtime.TypeAssertionError");

// panic.go: the errorString values of the fixed run-time errors.
static const go_string divide_error = GO_STRING("integer divide by zero");
static const go_string shift_error = GO_STRING("negative shift amount");
static const go_string memory_error = GO_STRING("invalid memory address or nil pointer dereference");

// makeErrorString(s string) any: a runtime.errorString holding s, for the
// error variables gc's runtime offers by //go:linkname (std/runtime).
go_eface golly_makeErrorString(void *ctx, const uint8_t *ptr, go_int len) {
    (void)ctx;
    go_string *e = golly_mallocgc(sizeof *e, &golly_type_errorString.k);
    *e = (go_string){ptr, len};
    return (go_eface){&golly_type_errorString.k, e};
}

void golly_panic_errorstring(const go_string *msg) {
    golly_gopanic(&golly_type_errorString.k, (void *)msg);
}

void golly_panic_plainerror(const go_string *msg) {
    golly_gopanic(&golly_type_plainError.k, (void *)msg);
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

// panic.go panicmemAddr: a fault at addr under debug.SetPanicOnFault.
void golly_panicmemAddr(uintptr_t addr) {
    error_address_string *e = golly_alloc(sizeof *e);
    *e = (error_address_string){.msg = memory_error, .addr = addr};
    golly_gopanic(&golly_type_errorAddressString.k.type, e);
}

void golly_panic_bounds(int64_t x, go_int y, bool is_signed, uint8_t code) {
    bounds_error *e = golly_alloc(sizeof *e);
    *e = (bounds_error){.x = x, .y = y, .is_signed = is_signed, .code = code};
    golly_gopanic(&golly_type_boundsError.k.type, e);
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
    type_assertion_error *e = golly_mallocgc(sizeof *e, &golly_type_TypeAssertionError.k.type);
    *e = (type_assertion_error){iface, have, want, missing_method};
    golly_gopanic(&golly_type_ptr_TypeAssertionError.k.type, e);
}

static void print_type_name(const golly_type *t) {
    go_string s = golly_type_string(t);
    golly_printstring(s.ptr, s.len);
}

static bool same_string(go_string a, go_string b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

// runtime/type.go _type.pkgpath: a named type's package, else a struct's
// or an interface's.
static go_string pkg_path(const golly_type *t) {
    const golly_uncommontype *u = golly_type_uncommon(t);
    if (u != NULL)
        return golly_name_string(golly_name_at(t, u->pkg_path));
    if (golly_kind(t) == GOLLY_KIND_STRUCT)
        return golly_name_string(((const golly_structtype *)t)->pkg_path);
    if (golly_kind(t) == GOLLY_KIND_INTERFACE)
        return golly_name_string(((const golly_interfacetype *)t)->pkg_path);
    return (go_string){NULL, 0};
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
    if (same_string(golly_type_string(e->concrete), golly_type_string(e->asserted))) {
        if (!same_string(pkg_path(e->concrete), pkg_path(e->asserted)))
            golly_writestr(" (types from different packages)");
        else
            golly_writestr(" (types from different scopes)");
    }
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

static go_string errorAddressString_Error(void *ctx, const void *e) {
    return errorString_Error(ctx, &((const error_address_string *)e)->msg);
}

static uintptr_t errorAddressString_Addr(void *ctx, const void *e) {
    (void)ctx;
    return ((const error_address_string *)e)->addr;
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
    *text = ((go_string (*)(void *, const void *))golly_method_fn(t, m->ifn))(NULL, data);
    return true;
}
