// Run-time errors: runtime/error.go and runtime/panic.go (panicdivide,
// panicshift, panicmem, goPanicIndex). Each is a real panic whose value is
// an interface holding one of gc's concrete runtime.Error types, so that a
// later recover() returns a value of the same dynamic type as in gc
// (runtime.errorString, runtime.boundsError).

#include "internal.h"

#include <string.h>

#define GO_STRING(lit) ((go_string){(const uint8_t *)(lit), sizeof(lit) - 1})

// The runtime's type descriptors are also exported under the compiler's
// names (`type:T`, abi.h), so compiled code can refer to them once type
// switches on runtime.Error exist. GCC does not quote asm labels, and `:` is
// not a valid unquoted assembler symbol character, so the Go names are
// aliases defined in assembly, where they can be quoted.
#define GOLLY_TYPE_ALIAS(cname, goname) \
    __asm__(".globl \"" goname "\"\n\t.set \"" goname "\", " #cname)

// error.go: type errorString string.
const golly_type golly_type_errorString = {
    .size = sizeof(go_string),
    .kind = GOLLY_KIND_STRING,
    .align = _Alignof(go_string),
    .flags = GOLLY_TFLAG_NAMED,
    .name = GO_STRING("runtime.errorString"),
};

// error.go: type boundsError struct { x int64; y int; signed bool; code uint8 }.
typedef struct {
    int64_t x;
    go_int y;
    bool is_signed;
    uint8_t code;
} bounds_error;

const golly_type golly_type_boundsError = {
    .size = sizeof(bounds_error),
    .kind = GOLLY_KIND_STRUCT,
    .align = _Alignof(bounds_error),
    .flags = GOLLY_TFLAG_NAMED,
    .name = GO_STRING("runtime.boundsError"),
};

GOLLY_TYPE_ALIAS(golly_type_errorString, "type:runtime.errorString");
GOLLY_TYPE_ALIAS(golly_type_boundsError, "type:runtime.boundsError");

// panic.go: the errorString values of the fixed run-time errors.
static const go_string divide_error = GO_STRING("integer divide by zero");
static const go_string shift_error = GO_STRING("negative shift amount");
static const go_string memory_error = GO_STRING("invalid memory address or nil pointer dereference");

void golly_panic_errorstring(const go_string *msg) {
    golly_gopanic(&golly_type_errorString, (void *)msg);
}

void golly_panicdivide(void) {
    golly_panic_errorstring(&divide_error);
}

void golly_panicshift(void) {
    golly_panic_errorstring(&shift_error);
}

void golly_panicmem(void) {
    golly_panic_errorstring(&memory_error);
}

void golly_panic_bounds(int64_t x, go_int y, bool is_signed, uint8_t code) {
    bounds_error *e = golly_alloc(sizeof *e);
    *e = (bounds_error){.x = x, .y = y, .is_signed = is_signed, .code = code};
    golly_gopanic(&golly_type_boundsError, e);
}

// panic.go goPanicIndex: s[x] with 0 <= x < len(s) false, x signed.
void golly_panicIndex(go_int x, go_int len) {
    golly_panic_bounds(x, len, true, GOLLY_BOUNDS_INDEX);
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

// panic.go preprintpanics replaces an error panic value by v.Error() before
// printing. The runtime's own error types are formatted here.
//
// TODO(issue 4): a user-defined error (or fmt.Stringer, whose String()
// gc prints the same way) needs a method call from C; once type
// descriptors carry method tables, look up Error/String here and print
// the returned string.
bool golly_error_text(const golly_type *t, const void *data) {
    if (t == &golly_type_errorString) {
        const go_string *s = data;
        golly_writestr("runtime error: ");
        golly_printstring(s->ptr, s->len);
        return true;
    }
    if (t == &golly_type_boundsError) {
        print_bounds_error(data);
        return true;
    }
    return false;
}
