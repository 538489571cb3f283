// Marking (gc's mgcmark.go): from the roots, every object reachable is
// marked, through an explicit mark stack (no recursion, whatever the
// heap's shape). Heap objects are scanned precisely, by the pointer bits
// their types wrote (mheap.c); the roots are
//
// - package variables, precisely: the compiler's `golly_gcroots` entries
//   (abi.h golly_gcroot), one per variable holding pointers;
// - every goroutine's stack, walked by frame pointer: a Go frame at a
//   statepoint precisely, from its stack map (stackmap.c: the heap
//   pointers live across the call and the frame slots that may hold some,
//   IRGen/Statepoints.swift), and the runtime's C frames conservatively
//   (every aligned word that points into an allocated object keeps it),
//   with the registers the running goroutine's C frames hold, spilled;
// - the seed's defer list (Go CL 181378's mgcmark.go scanframeworker and
//   scanstack: "d.fn, d.link, d.panic"): stack defer records are frame
//   slots of their Go frame; heap defer records are malloc'd, so each
//   record on a goroutine's list is scanned with its arguments
//   (conservatively: the argument block has no pointer map);
// - the goroutine records (malloc'd): what a new goroutine will call and
//   the value a blocked send or receive is parked on;
// - finalizers (mfinal.c);
// - the pointers runtime.addReflectOff registered (type.c), which gc keeps
//   in a Go map (runtime/type.go reflectOffs).

#include "mheap.h"
#include "mgc.h"
#include "stackmap.h"

#include <stdlib.h>

// The compiler's roots: the linker brackets the section (weak: a program
// without package variables holding pointers has none).
extern const golly_gcroot __start_golly_gcroots[] __attribute__((weak));
extern const golly_gcroot __stop_golly_gcroots[] __attribute__((weak));

static uintptr_t *stack;
static size_t depth, capacity;

static void push(uintptr_t obj) {
    if (depth == capacity) {
        capacity = capacity == 0 ? 4096 : 2 * capacity;
        stack = realloc(stack, capacity * sizeof *stack);
        if (stack == NULL)
            golly_throw("runtime: out of memory growing the mark stack");
    }
    stack[depth++] = obj;
}

// greyobject: marks p's object, queued for scanning if it holds pointers.
static inline void mark(uintptr_t p) {
    uintptr_t i;
    golly_span *s = golly_span_of(p, &i);
    if (s == NULL)
        return;
    uint64_t bit = (uint64_t)1 << (i % 64);
    if (s->markbits[i / 64] & bit)
        return;
    s->markbits[i / 64] |= bit;
    if (!s->noscan)
        push(s->base + i * s->elemsize);
}

// Words [p, p+n) whose pointer bits say hold pointers: bits[first...].
static void scan_bits(const uintptr_t *p, uintptr_t nwords, const uint64_t *bits, uintptr_t first) {
    for (uintptr_t w = 0; w < nwords; ) {
        uintptr_t b = first + w;
        uint64_t chunk = bits[b / 64] >> (b % 64);
        uintptr_t avail = 64 - b % 64;
        if (avail > nwords - w) {
            avail = nwords - w;
            chunk &= ((uint64_t)1 << avail) - 1;
        }
        while (chunk != 0) {
            int k = __builtin_ctzll(chunk);
            mark(p[w + (uintptr_t)k]);
            chunk &= chunk - 1;
        }
        w += avail;
    }
}

// `n` bytes at p holding values of type t one after the other.
static void scan_typed(const uint8_t *p, uintptr_t n, const golly_type *t) {
    if (t == NULL || t->ptrdata == 0 || t->size == 0)
        return;
    uintptr_t ptrwords = t->ptrdata / 8;
    for (uintptr_t off = 0; off + t->size <= n; off += t->size) {
        const uintptr_t *words = (const uintptr_t *)(p + off);
        for (uintptr_t i = 0; i < ptrwords; i++) {
            if (t->gcdata[i / 8] >> (i % 8) & 1)
                mark(words[i]);
        }
    }
}

// ---- Stack objects (gc's mgcstack.go): while a goroutine's stack is
// scanned, words pointing into it are collected, and frame slots whose
// address is a Go pointer are scanned only if one of them reaches the slot.

typedef golly_stack_object stack_object;

static uintptr_t stack_lo, stack_hi;    // the goroutine being scanned (else 0, 0)
static stack_object *objects;
static size_t nobjects, objects_cap;
static uintptr_t *stack_ptrs;
static size_t nstack_ptrs, stack_ptrs_cap;

static void *grow(void *p, size_t *cap, size_t elem) {
    *cap = *cap == 0 ? 256 : 2 * *cap;
    p = realloc(p, *cap * elem);
    if (p == NULL)
        golly_throw("runtime: out of memory scanning a stack");
    return p;
}

// A word of a root: a pointer into the stack being scanned, or maybe into the heap.
static void mark_any(uintptr_t p) {
    if (p - stack_lo < stack_hi - stack_lo) {
        if (nstack_ptrs == stack_ptrs_cap)
            stack_ptrs = grow(stack_ptrs, &stack_ptrs_cap, sizeof *stack_ptrs);
        stack_ptrs[nstack_ptrs++] = p;
        return;
    }
    mark(p);
}

static void add_object(uintptr_t addr, uintptr_t size, uint64_t bitmap) {
    if (stack_hi == 0) {        // stack bounds unknown: always scanned
        golly_scan_slot(addr, size, bitmap, mark_any);
        return;
    }
    if (nobjects == objects_cap)
        objects = grow(objects, &objects_cap, sizeof *objects);
    objects[nobjects++] = (stack_object){addr, size, bitmap, false};
}

static int by_addr(const void *a, const void *b) {
    uintptr_t x = ((const stack_object *)a)->addr, y = ((const stack_object *)b)->addr;
    return x < y ? -1 : x > y;
}

static void begin_stack(const golly_g *gp) {
    stack_lo = gp->stack_lo;
    stack_hi = gp->stack_lo != 0 ? gp->stack_hi : 0;
    nobjects = nstack_ptrs = 0;
}

// Scans the stack objects the collected pointers reach, and those their
// words reach in turn.
static void end_stack(void) {
    qsort(objects, nobjects, sizeof *objects, by_addr);
    nobjects = golly_merge_stack_objects(objects, nobjects);
    while (nstack_ptrs > 0) {
        uintptr_t p = stack_ptrs[--nstack_ptrs];
        size_t lo = 0, hi = nobjects;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (objects[mid].addr + objects[mid].size <= p)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < nobjects && objects[lo].addr <= p && !objects[lo].scanned) {
            objects[lo].scanned = true;
            golly_scan_slot(objects[lo].addr, objects[lo].size, objects[lo].bitmap, mark_any);
        }
    }
    stack_lo = stack_hi = 0;
    nobjects = 0;
}

static const golly_frame_visitor visitor = {mark_any, add_object};

void golly_gc_scan_conservative(uintptr_t lo, uintptr_t hi) {
    for (uintptr_t p = (lo + 7) & ~(uintptr_t)7; p + 8 <= hi; p += 8)
        mark_any(*(const uintptr_t *)p);
}

// scanobject: the pointers of one marked object.
static void scan_object(uintptr_t obj) {
    uintptr_t i;
    golly_span *s = golly_span_of(obj, &i);
    if (s == NULL || s->noscan)
        return;
    if (s->state == SPAN_LARGE) {
        scan_typed((const uint8_t *)obj, s->largesize, s->largetype);
        return;
    }
    uintptr_t words = s->elemsize / 8;
    scan_bits((const uintptr_t *)obj, words, s->ptrbits, (obj - s->base) / 8);
}

static void drain(void) {
    while (depth > 0)
        scan_object(stack[--depth]);
}

static void scan_globals(void) {
    for (const golly_gcroot *r = __start_golly_gcroots; r < __stop_golly_gcroots; r++)
        scan_typed(r->addr, r->type->size, r->type);
}

// The frames of a stack that the frame whose frame pointer is fp returns
// into, out to hi, by frame pointer. The frame a return address leads into
// is a Go frame at a statepoint, scanned precisely by its stack map, or a
// C frame of the runtime (or an undescribed one), scanned conservatively
// from its stack pointer to its frame pointer's return address.
static void scan_callers(uintptr_t fp, uintptr_t hi) {
    for (;;) {
        const uintptr_t *frame = (const uintptr_t *)fp;
        uintptr_t caller_fp = frame[0], ret = frame[1], sp = fp + 16;
        if (caller_fp <= fp || caller_fp >= hi || caller_fp % 8 != 0) {
            // The outermost frame (golly_gostart ends the chain with 0).
            golly_gc_scan_conservative(sp, hi);
            return;
        }
        if (!golly_stackmap_scan(ret, sp, caller_fp, &visitor))
            golly_gc_scan_conservative(sp, caller_fp + 16);
        fp = caller_fp;
    }
}

// A stack whose innermost frame is the runtime's, from lo (its stack
// pointer) with frame pointer fp.
static void scan_frames(uintptr_t lo, uintptr_t fp, uintptr_t hi) {
    if (fp < lo || fp >= hi) {
        golly_gc_scan_conservative(lo, hi);
        return;
    }
    golly_gc_scan_conservative(lo, fp + 16);
    scan_callers(fp, hi);
}

static void scan_running_stack(uintptr_t hi);

static void scan_goroutine(golly_g *gp, void *self) {
    begin_stack(gp);
    mark((uintptr_t)gp->entry_fn);
    mark((uintptr_t)gp->entry_arg);
    mark_any((uintptr_t)gp->wait.elem);
    for (golly_defer *d = gp->_defer; d != NULL; d = d->link) {
        if (d->heap)
            golly_gc_scan_conservative((uintptr_t)d, (uintptr_t)(d + 1) + (uintptr_t)d->siz);
    }
    // A parked goroutine: golly_swapctx pushed rbp (first) and five more
    // callee-saved registers below it.
    if (gp != self)
        scan_frames(gp->sched_sp, ((const uintptr_t *)gp->sched_sp)[5], gp->stack_used_hi);
    else
        scan_running_stack(gp->stack_used_hi);
    end_stack();
    drain();
}

// Where runtime.GC was called from Go (mgc_amd64.S): the return address,
// the caller's stack pointer after the call and its frame pointer; ret is
// 0 for the other collections, which start in an allocation.
uintptr_t golly_gc_go_ret, golly_gc_go_sp, golly_gc_go_fp;

// The running goroutine's stack from this frame out: __builtin_unwind_init
// spills the callee-saved registers into the caller's frame, so what the
// goroutine's C frames hold in registers is on the stack scanned. A
// collection runtime.GC started has no C frame of interest below its Go
// caller, and the registers hold nothing but the Go caller's (a dead heap
// pointer among them, maybe): the scan starts at the caller.
__attribute__((noinline))
static void scan_running_stack(uintptr_t hi) {
    if (golly_gc_go_ret != 0) {
        if (!golly_stackmap_scan(golly_gc_go_ret, golly_gc_go_sp, golly_gc_go_fp, &visitor))
            golly_gc_scan_conservative(golly_gc_go_sp, golly_gc_go_fp + 16);
        scan_callers(golly_gc_go_fp, hi);
        return;
    }
    volatile uintptr_t here = 0;
    scan_frames((uintptr_t)&here, (uintptr_t)__builtin_frame_address(0), hi);
}

void golly_gc_mark_object(uintptr_t p) {
    mark(p);
    drain();
}

void golly_gc_scan_contents(uintptr_t obj) {
    scan_object(obj);
    drain();
}

bool golly_gc_is_marked(uintptr_t p) {
    uintptr_t i;
    golly_span *s = golly_span_of(p, &i);
    return s != NULL && (s->markbits[i / 64] >> (i % 64) & 1);
}

__attribute__((noinline))
void golly_gc_mark(void) {
    __builtin_unwind_init();
    golly_g *self = golly_curg;
    scan_globals();
    drain();
    golly_for_each_g(scan_goroutine, self);
    golly_mark_reflect_offs();
    golly_gc_mark_finalizers();
}
