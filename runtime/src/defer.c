// Deferred calls: the goroutine's defer list, the pool of heap records and
// deferreturn. runtime/panic.go (newdefer, freedefer, deferreturn) as the
// seed (Go CL 181378, docs/DESIGN.md §5) shaped it: records are either
// allocated by the compiler in the deferring frame (deferprocStack, heap =
// false) or taken from a pool by size class (newdefer + deferproc, heap =
// true). A recovery resumes the deferring frame through the builtin-setjmp
// buffer the compiled code filled (defer.h, defer_amd64.S golly_resume).
//
// Where gc's stack.go adjustdefers would go: golly never moves a stack
// (docs/DESIGN.md §8), so the sp, _panic and link fields of a record and
// the records on the stack themselves never need adjusting.
//
// How the garbage collector will see the records (docs/DESIGN.md §5, the
// seed's mgcmark.go hunk): records are invisible to LLVM's stack maps, and
// heap records live in malloc'd memory that only the defer list reaches. So
// the collector walks golly_curg->_defer (for every goroutine) and, for
// each record, scans fn (which may point to a closure), link (a stack
// record may link to a heap record) and the siz bytes of arguments
// conservatively or with the argument pointer map the compiler will attach;
// for heap records the record itself needs no marking because the pool,
// not the GC heap, owns it. _panic and the panics on g._panic live in
// runtime frames and only point at stack memory and the panic value, which
// the collector must also treat as a root (gc: "Panics are always stack
// allocated", state.putPtr(gp._panic)).

#include "internal.h"

#include <stddef.h>
#include <stdlib.h>

// The layout the compiler relies on (Tests/IRGenTests/LayoutTests) and
// golly_resume reads (defer_amd64.S).
_Static_assert(offsetof(golly_defer, started) == 4, "golly_defer.started");
_Static_assert(offsetof(golly_defer, heap) == 5, "golly_defer.heap follows started");
_Static_assert(offsetof(golly_defer, sp) == 8, "golly_defer.sp");
_Static_assert(offsetof(golly_defer, pc) == 16, "golly_defer.pc");
_Static_assert(offsetof(golly_defer, fn) == 24, "golly_defer.fn");
_Static_assert(offsetof(golly_defer, _panic) == 32, "golly_defer._panic");
_Static_assert(offsetof(golly_defer, link) == 40, "golly_defer.link");
_Static_assert(offsetof(golly_defer, regs) == 48, "golly_defer.regs");
_Static_assert(offsetof(golly_jmpbuf, fp) == 0, "defer_amd64.S: word 0 is fp");
_Static_assert(offsetof(golly_jmpbuf, pc) == 8, "defer_amd64.S: word 1 is pc");
_Static_assert(offsetof(golly_jmpbuf, sp) == 16, "defer_amd64.S: word 2 is sp");
_Static_assert(sizeof(golly_jmpbuf) == 7 * sizeof(uintptr_t), "regs is [7 x i64]");
_Static_assert(sizeof(golly_defer) % 8 == 0, "the arguments follow the record 8-byte aligned");

// The main goroutine (proc.c gives it id 1 and its stack).
static golly_g g0 = {.goid = 1};
golly_g *golly_curg = &g0;

// ---- The pool of heap records (panic.go deferclass, newdefer, freedefer
// of the seed). Records are malloc'd, never from the GC heap, so that
// deferproc and the defer list stay invisible to the collector's barriers.
// Sizes are rounded to 16 like malloc size classes: class 0 holds records
// with up to MIN_ARGS bytes of arguments, class k up to MIN_ARGS + 16*k.
// gc keeps a pool per P plus a central one; with one thread there is one
// pool. The GC will empty it at each cycle (gc's clearpools).

enum {
    HEADER_SIZE = sizeof(golly_defer),
    MIN_ALLOC = (HEADER_SIZE + 15) & ~15,
    MIN_ARGS = MIN_ALLOC - HEADER_SIZE,
    POOL_CLASSES = 5,           // the seed's deferpool [5][]*_defer
};

static golly_defer *pool[POOL_CLASSES];

static size_t defer_class(size_t siz) {
    if (siz <= MIN_ARGS)
        return 0;
    return (siz - MIN_ARGS + 15) / 16;
}

static size_t total_size(size_t siz) {
    if (siz <= MIN_ARGS)
        return MIN_ALLOC;
    return HEADER_SIZE + siz;
}

golly_defer *golly_newdefer(int32_t siz) {
    if (siz < 0)
        golly_throw("newdefer: negative argument size");
    size_t sc = defer_class((size_t)siz);
    golly_defer *d = NULL;
    if (sc < POOL_CLASSES && pool[sc] != NULL) {
        d = pool[sc];
        pool[sc] = d->link;
    } else {
        // A pool class holds records of its largest size, so any record of
        // the class can be reused for any siz in it.
        size_t size = sc < POOL_CLASSES ? total_size(MIN_ARGS + 16 * sc) : total_size((size_t)siz);
        d = malloc(size);
        if (d == NULL)
            golly_throw("runtime: out of memory");
    }
    // The compiler stores fn, all siz bytes of arguments, sp and regs;
    // deferproc links the record.
    d->siz = siz;
    d->started = false;
    d->heap = true;
    d->fn = NULL;
    d->_panic = NULL;
    d->link = NULL;
    return d;
}

// panic.go deferprocStack: the compiled code has filled siz, fn, the
// arguments, sp and the setjmp buffer; link the record (no write barrier:
// the GC scans the defer list explicitly, see above). Plain C, no
// returns_twice: the compiled code's own builtin setjmp is the resume point.
void golly_deferprocStack(golly_defer *d) {
    d->started = false;
    d->heap = false;
    d->_panic = NULL;
    golly_g *gp = golly_curg;
    d->link = gp->_defer;
    gp->_defer = d;
}

// panic.go deferproc for a record from newdefer (heap stays true).
void golly_deferproc(golly_defer *d) {
    d->started = false;
    d->_panic = NULL;
    golly_g *gp = golly_curg;
    d->link = gp->_defer;
    gp->_defer = d;
}

void golly_freedefer(golly_defer *d) {
    d->link = NULL;
    // The seed's change: stack records belong to their frame.
    if (!d->heap)
        return;
    size_t sc = defer_class((size_t)d->siz);
    if (sc >= POOL_CLASSES) {
        free(d);
        return;
    }
    d->fn = NULL;
    d->_panic = NULL;
    d->link = pool[sc];
    pool[sc] = d;
}

// panic.go deferreturn: runs the deferred calls of the frame whose frame
// pointer is `frame`, newest first. The record stays at the head of the
// list, marked started, while its call runs: if the call panics, gopanic
// finds it started and discards it (gc pops it before the call instead; the
// effect is the same). Called directly rather than through
// golly_call_deferred: recover() must return nil in these calls, and
// deferreturn's frame never matches a panic's argp.
void golly_deferreturn(uintptr_t frame) {
    golly_g *gp = golly_curg;
    for (;;) {
        golly_defer *d = gp->_defer;
        if (d == NULL || d->sp != frame)
            return;
        d->started = true;
        // A nil func faults here reading fn->fn, which the signal handler
        // turns into gc's nil-dereference panic (test/defernil.go).
        go_funcval *fn = d->fn;
        ((void (*)(void *, void *))fn->fn)(fn, d + 1);
        if (gp->_defer != d)
            golly_throw("bad defer entry in deferreturn");
        d->fn = NULL;
        gp->_defer = d->link;
        if (d->heap)    // stack records need no freeing: skip the call
            golly_freedefer(d);
    }
}

// panic.go deferCallSave/getargp. noipa: a clone would get a dotted name
// (`golly_call_deferred.constprop.0`) that tracebacks would take for a Go
// function.
__attribute__((noinline, noipa))
void golly_call_deferred(golly_panic *p, golly_defer *d) {
    p->argp = (uintptr_t)__builtin_frame_address(0);
    go_funcval *fn = d->fn;
    ((void (*)(void *, void *))fn->fn)(fn, d + 1);
    // Not a tail call: the deferred function's saved frame pointer must be
    // this frame, the one recorded in p->argp.
    __asm__ volatile("" ::: "memory");
}

// recover(): gc's gorecover. `frame` is the frame pointer of the function
// that called recover; the frame pointer saved in it is its caller's. That
// caller must be the runtime frame that called the deferred function for
// the current panic (or a thunk, see deferwrap).
go_eface golly_gorecover(uintptr_t frame) {
    golly_panic *p = golly_curg->_panic;
    if (p != NULL && !p->goexit && !p->recovered && *(const uintptr_t *)frame == p->argp) {
        p->recovered = true;
        return p->arg;
    }
    return (go_eface){NULL, NULL};
}

// A compiler-made thunk (`defer f(a, b)`, `defer println(x)`, method
// values) calls the deferred function for the runtime. If the runtime
// called the thunk directly for the current panic, its callee must pass
// recover's check as if the runtime had called it: gc gets the same effect
// from the wrapper prologue that rewrites panic.argp.
void golly_deferwrap(uintptr_t frame) {
    golly_panic *p = golly_curg->_panic;
    if (p != NULL && p->argp != 0 && *(const uintptr_t *)frame == p->argp)
        p->argp = frame;
}
