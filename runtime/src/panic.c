// Panics: runtime/panic.go (gopanic, Goexit, printpanics, fatalpanic,
// throw) and the value printing of runtime/error.go (printany,
// printanycustomtype). The defer records themselves, recover() and
// deferreturn are in defer.c; a recovery resumes the deferring frame through
// the builtin-setjmp buffer in its record (defer.h, docs/DESIGN.md §5
// and 6) with golly_resume (defer_amd64.S).

#include "internal.h"

#include <string.h>
#include <unistd.h>

golly_siginfo golly_panic_signal;

void golly_exit(int code) {
    golly_flush();
    _exit(code);
}

static void print_type_string(const golly_type *t) {
    go_string s = golly_type_string(t);
    golly_printstring(s.ptr, s.len);
}

// A defined type other than a predeclared one (`main.T`, not `int`): gc's
// printany switches on the predeclared types before printanycustomtype,
// and their descriptors are tflagNamed too. Their strings are the only
// ones of named types without a package qualifier.
static bool is_custom_named(const golly_type *t) {
    if (!(t->tflag & GOLLY_TFLAG_NAMED))
        return false;
    go_string s = golly_type_string(t);
    return s.len > 0 && memchr(s.ptr, '.', (size_t)s.len) != NULL;
}

// error.go printanycustomtype for a named type over a basic kind:
// `main.T(5)`, `main.S("hi")`, `main.C(+1.000000e+000+2.000000e+000i)`.
static void print_custom_basic(const golly_type *t, const void *data) {
    print_type_string(t);
    switch (golly_kind(t)) {
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
        golly_printpanicval(&(golly_type){.kind = golly_kind(t)}, data);
        return;
    default:
        golly_write("(", 1);
        golly_printpanicval(&(golly_type){.kind = golly_kind(t)}, data);
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
    unsigned kind = golly_kind(t);
    bool basic = kind >= GOLLY_KIND_BOOL && kind <= GOLLY_KIND_COMPLEX128;
    if ((basic || kind == GOLLY_KIND_STRING) && is_custom_named(t)) {
        print_custom_basic(t, data);
        return;
    }
    switch (kind) {
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
        print_type_string(t);
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

// Set while preprintpanics calls the panic values' methods: a panic in one
// of them is fatal (gopanic checks).
static bool printing_panic_values;

// panic.go preprintpanics: before anything is printed, every error value
// in the chain becomes its Error() text and every fmt.Stringer its
// String(), so that what the methods print comes first and a method that
// panics ends the program with gc's fatal error instead of recursing.
static void preprint_panics(golly_panic *p) {
    printing_panic_values = true;
    for (; p != NULL; p = p->link) {
        if (p->goexit || p->arg.type == NULL)
            continue;
        go_string text;
        if (!golly_error_text(p->arg.type, p->arg.data, &text))
            continue;
        go_string *boxed = golly_mallocgc(sizeof *boxed, &golly_string_type);
        *boxed = text;
        p->arg = (go_eface){&golly_string_type, boxed};
    }
    printing_panic_values = false;
}

// preprintpanics' deferred recover: the panic value of a method that
// panicked, as gc's throw text names it.
static void panic_while_printing(const golly_type *t, const void *data) __attribute__((noreturn));
static void panic_while_printing(const golly_type *t, const void *data) {
    golly_flush();
    golly_writestr("fatal error: panic while printing panic value: ");
    if (t != NULL && golly_kind(t) == GOLLY_KIND_STRING && !is_custom_named(t)) {
        const go_string *s = data;
        golly_printstring(s->ptr, s->len);
    } else {
        golly_writestr("type ");
        if (t != NULL)
            print_type_string(t);
        else
            golly_writestr("<nil>");
    }
    golly_writestr("\n");
    if (golly_panic_signal.sig != 0)
        golly_print_signal_line(&golly_panic_signal);
    uintptr_t *fp = __builtin_frame_address(0);
    golly_traceback((uintptr_t)__builtin_return_address(0), fp[0], false);
    golly_exit(2);
}

// panic.go printpanics: the panics still on the goroutine, oldest first,
// each nested one indented by a tab; a Goexit prints nothing (nor the tab
// of the panic after it).
static void print_panics(const golly_panic *p) {
    if (p->link != NULL) {
        print_panics(p->link);
        if (!p->link->goexit)
            golly_writestr("\t");
    }
    if (p->goexit)
        return;
    golly_writestr("panic: ");
    golly_printpanicval(p->arg.type, p->arg.data);
    if (p->recovered)
        golly_writestr(" [recovered]");
    golly_writestr("\n");
}

// panic.go fatalpanic and dopanic_m: the panic chain, the signal line if a
// signal started it, the traceback from (pc, fp), exit 2.
static void fatal_panic(golly_panic *p, uintptr_t pc, uintptr_t fp) __attribute__((noreturn));
static void fatal_panic(golly_panic *p, uintptr_t pc, uintptr_t fp) {
    preprint_panics(p);
    print_panics(p);
    if (golly_panic_signal.sig != 0)
        golly_print_signal_line(&golly_panic_signal);
    golly_traceback(pc, fp, false);
    golly_exit(2);
}

// Takes the finished (or abandoned) record d off the head of the list.
static void pop_defer(golly_g *gp, golly_defer *d) {
    d->_panic = NULL;
    d->fn = NULL;
    gp->_defer = d->link;
    golly_freedefer(d);
}

// panic.go gopanic: run the deferred calls, newest first, until one of
// them recovers; then resume the frame that deferred it where the builtin
// setjmp of its defer statement returns 1 (gc: deferproc returns 1). The
// compiled code then runs that frame's remaining deferred calls
// (deferreturn) and returns normally.
__attribute__((noinline))
void golly_gopanic(const golly_type *t, void *data) {
    if (printing_panic_values)
        panic_while_printing(t, data);
    golly_g *gp = golly_curg;
    golly_panic p = {.arg = {t, data}, .link = gp->_panic};
    gp->_panic = &p;

    for (;;) {
        golly_defer *d = gp->_defer;
        if (d == NULL)
            break;
        // Started by an earlier panic or Goexit (or by deferreturn), and
        // since we are here, that call panicked: the earlier panic will
        // not continue. Take the record off the list.
        if (d->started) {
            if (d->_panic != NULL)
                d->_panic->aborted = true;
            pop_defer(gp, d);
            continue;
        }
        // Mark the record started but keep it on the list: a panic in the
        // call finds it there and marks this panic aborted.
        d->started = true;
        d->_panic = &p;
        golly_call_deferred(&p, d);
        p.argp = 0;
        if (gp->_defer != d)
            golly_throw("bad defer entry in panic");
        // Copy the resume point before freeing a heap record.
        golly_jmpbuf resume = d->regs;
        pop_defer(gp, d);
        if (p.recovered) {
            gp->_panic = p.link;
            golly_panic *q = gp->_panic;
            if (q != NULL && q->goexit && q->aborted) {
                // A normal recovery would bypass the Goexit: go back to
                // its loop instead (it runs the remaining calls).
                golly_resume(&q->goexit_regs);
            }
            // Aborted panics are marked but remain on the list.
            while (gp->_panic != NULL && gp->_panic->aborted)
                gp->_panic = gp->_panic->link;
            if (gp->_panic == NULL)
                golly_panic_signal.sig = 0;     // gc: gp.sig = 0
            // The compiler leaves pc 0 where it proved the deferred call
            // never recovers (IRGen Defer.swift mayRecover).
            if (resume.pc == 0)
                golly_throw("recovery into a frame without a resume point");
            golly_resume(&resume);
        }
    }

    // Unrecovered. The traceback starts at gopanic's caller: its pc is our
    // return address, its frame pointer the one our prologue saved.
    uintptr_t *fp = __builtin_frame_address(0);
    fatal_panic(gp->_panic, (uintptr_t)__builtin_return_address(0), fp[0]);
}

// panic.go Goexit's loop: like gopanic's, but nothing recovers a Goexit.
// A panic in one of these calls that is then recovered by an older
// deferred call returns here through goexit_regs (gc's deferCallSave).
__attribute__((noinline, noipa))
static void goexit_run_defers(golly_g *gp, golly_panic *p) {
    for (;;) {
        golly_defer *d = gp->_defer;
        if (d == NULL)
            return;
        if (d->started) {
            if (d->_panic != NULL)
                d->_panic->aborted = true;
            pop_defer(gp, d);
            continue;
        }
        d->started = true;
        d->_panic = p;
        // The resume point of a recovery that bypasses this Goexit: the
        // builtin setjmp the compiled code uses too (golly_jmpbuf). It
        // clobbers every register; GCC keeps gp and p in memory across it.
        // d is not used past this point.
        if (__builtin_setjmp((void **)&p->goexit_regs) == 0)
            golly_call_deferred(p, gp->_defer);
        if (p->aborted) {
            // The call panicked and an older deferred call recovered; the
            // record is gone already.
            p->aborted = false;
            continue;
        }
        p->argp = 0;
        golly_defer *done = gp->_defer;
        if (done == NULL || done->_panic != p)
            golly_throw("bad defer entry in Goexit");
        pop_defer(gp, done);
    }
}

// panic.go Goexit, then proc.go goexit0: the goroutine ends. The main
// goroutine's end leaves the others running; when none is left, that is
// gc's deadlock error (proc.c deadlock).
__attribute__((noinline))
void golly_Goexit(void *context) {
    (void)context;
    golly_g *gp = golly_curg;
    golly_panic p = {.goexit = true, .link = gp->_panic};
    gp->_panic = &p;
    goexit_run_defers(gp, &p);
    gp->_panic = p.link;
    golly_goexit0();
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
