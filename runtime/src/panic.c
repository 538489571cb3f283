// Panics: runtime/panic.go (gopanic, printpanics, fatalpanic, throw) and the
// value printing of runtime/error.go (printany, printanycustomtype).
//
// For now every panic is unrecovered: defer records and recover() arrive
// with the defer issue (DESIGN.md sections 5 and 6), at which point gopanic
// first runs the goroutine's defer list and only then reaches the printing
// below.

#include "internal.h"

#include <unistd.h>

golly_siginfo golly_panic_signal;

void golly_exit(int code) {
    golly_flush();
    _exit(code);
}

// error.go printanycustomtype for a named type over a basic kind:
// `main.T(5)`, `main.S("hi")`, `main.C(+1.000000e+000+2.000000e+000i)`.
static void print_custom_basic(const golly_type *t, const void *data) {
    golly_printstring(t->name.ptr, t->name.len);
    switch (t->kind) {
    case GOLLY_KIND_STRING: {
        const go_string *s = data;
        golly_write("(\"", 2);
        golly_printstring(s->ptr, s->len);
        golly_write("\")", 2);
        return;
    }
    case GOLLY_KIND_COMPLEX64:
    case GOLLY_KIND_COMPLEX128:
        // The complex value brings its own parentheses.
        golly_printpanicval(&(golly_type){.kind = t->kind}, data);
        return;
    default:
        golly_write("(", 1);
        golly_printpanicval(&(golly_type){.kind = t->kind}, data);
        golly_write(")", 1);
        return;
    }
}

// error.go printany: basic values print as print() does; named basic types
// as printanycustomtype; everything else as `(TYPE) ADDR`, where ADDR is the
// interface's data word.
void golly_printpanicval(const golly_type *t, const void *data) {
    if (t == NULL) {
        golly_write("nil", 3);
        return;
    }
    bool basic = t->kind >= GOLLY_KIND_BOOL && t->kind <= GOLLY_KIND_COMPLEX128;
    if (t->flags & GOLLY_TFLAG_NAMED && (basic || t->kind == GOLLY_KIND_STRING)) {
        print_custom_basic(t, data);
        return;
    }
    switch (t->kind) {
    case GOLLY_KIND_BOOL:
        golly_printbool(*(const bool *)data);
        return;
    case GOLLY_KIND_INT:
    case GOLLY_KIND_INT64:
        golly_printint(*(const int64_t *)data);
        return;
    case GOLLY_KIND_INT8:
        golly_printint(*(const int8_t *)data);
        return;
    case GOLLY_KIND_INT16:
        golly_printint(*(const int16_t *)data);
        return;
    case GOLLY_KIND_INT32:
        golly_printint(*(const int32_t *)data);
        return;
    case GOLLY_KIND_UINT:
    case GOLLY_KIND_UINT64:
    case GOLLY_KIND_UINTPTR:
        golly_printuint(*(const uint64_t *)data);
        return;
    case GOLLY_KIND_UINT8:
        golly_printuint(*(const uint8_t *)data);
        return;
    case GOLLY_KIND_UINT16:
        golly_printuint(*(const uint16_t *)data);
        return;
    case GOLLY_KIND_UINT32:
        golly_printuint(*(const uint32_t *)data);
        return;
    case GOLLY_KIND_FLOAT32:
        golly_printfloat(*(const float *)data);
        return;
    case GOLLY_KIND_FLOAT64:
        golly_printfloat(*(const double *)data);
        return;
    case GOLLY_KIND_COMPLEX64: {
        const float *c = data;
        golly_printcomplex(c[0], c[1]);
        return;
    }
    case GOLLY_KIND_COMPLEX128: {
        const double *c = data;
        golly_printcomplex(c[0], c[1]);
        return;
    }
    case GOLLY_KIND_STRING: {
        const go_string *s = data;
        golly_printstring(s->ptr, s->len);
        return;
    }
    default:
        golly_write("(", 1);
        golly_printstring(t->name.ptr, t->name.len);
        golly_write(") ", 2);
        golly_printpointer(data);
        return;
    }
}

// signal_unix.go signame/sigtable: the names dopanic_m prints.
static const char *signal_description(int sig) {
    switch (sig) {
    case 7: return "SIGBUS: bus error";
    case 8: return "SIGFPE: floating-point exception";
    case 11: return "SIGSEGV: segmentation violation";
    default: return NULL;
    }
}

// panic.go dopanic_m: `[signal SIGSEGV: segmentation violation code=0x1
// addr=0x0 pc=0x4553a1]`.
void golly_print_signal_line(const golly_siginfo *info) {
    const char *name = signal_description(info->sig);
    golly_writestr("[signal ");
    if (name != NULL)
        golly_writestr(name);
    else
        golly_writehex((uint64_t)info->sig);
    golly_writestr(" code=");
    golly_writehex(info->code);
    golly_writestr(" addr=");
    golly_writehex(info->addr);
    golly_writestr(" pc=");
    golly_writehex(info->pc);
    golly_writestr("]\n");
}

// panic.go gopanic, unrecovered: printpanics (after preprintpanics turned an
// error value into its Error() text), then dopanic_m's signal line and
// traceback, then exit(2).
__attribute__((noinline))
void golly_gopanic(const golly_type *t, void *data) {
    golly_writestr("panic: ");
    if (t == NULL || !golly_error_text(t, data))
        golly_printpanicval(t, data);
    golly_writestr("\n");
    if (golly_panic_signal.sig != 0)
        golly_print_signal_line(&golly_panic_signal);
    // The traceback starts at gopanic's caller: its pc is our return
    // address, its frame pointer the one our prologue saved.
    uintptr_t *fp = __builtin_frame_address(0);
    golly_traceback((uintptr_t)__builtin_return_address(0), fp[0], false);
    golly_exit(2);
}

// panic.go throw: an unrecoverable runtime failure.
__attribute__((noinline))
void golly_throw(const char *msg) {
    golly_writestr("fatal error: ");
    golly_writestr(msg);
    golly_writestr("\n");
    uintptr_t *fp = __builtin_frame_address(0);
    golly_traceback((uintptr_t)__builtin_return_address(0), fp[0], false);
    golly_exit(2);
}
