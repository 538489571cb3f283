// Finalizers (gc's mfinal.go): runtime.SetFinalizer records a function to
// call with an object once the object is unreachable. A collection that
// finds a finalizable object unmarked marks it again (it and what it
// reaches survive this cycle), drops the record and queues the call; the
// finalizer goroutine, started by the first SetFinalizer as in gc, runs
// the queue one call at a time. A finalizer runs once; the object is freed
// by a later collection if the finalizer did not make it reachable again.

#include "collector.h"
#include "mgc.h"
#include "mheap.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct finalizer {
    uintptr_t obj;
    go_funcval *fn;
    const golly_type *fint;         // the finalizer's parameter type
    const golly_type *etyp;         // the object's pointer type
    struct finalizer *next;
} finalizer;

// Finalizers set, by object (a chained hash table), and calls queued.
static finalizer **table;
static size_t table_size, table_count;
static finalizer *queue, *queue_tail;

static golly_g *fing;
static bool fing_waiting;

static size_t slot(uintptr_t obj) {
    return (size_t)((obj >> 3) * 0x9E3779B97F4A7C15ull >> 20) & (table_size - 1);
}

static void grow(void) {
    size_t old_size = table_size;
    finalizer **old = table;
    table_size = old_size == 0 ? 64 : 2 * old_size;
    table = calloc(table_size, sizeof *table);
    if (table == NULL)
        golly_throw("runtime: out of memory");
    for (size_t i = 0; i < old_size; i++) {
        for (finalizer *f = old[i], *next; f != NULL; f = next) {
            next = f->next;
            size_t s = slot(f->obj);
            f->next = table[s];
            table[s] = f;
        }
    }
    free(old);
}

static finalizer **find(uintptr_t obj) {
    if (table_size == 0)
        return NULL;
    finalizer **link = &table[slot(obj)];
    while (*link != NULL && (*link)->obj != obj)
        link = &(*link)->next;
    return *link != NULL ? link : NULL;
}

static void throw_cannot_pass(const golly_type *etyp, const golly_type *ftyp, const char *why) {
    char msg[1024];
    go_string e = golly_type_string(etyp), f = golly_type_string(ftyp);
    snprintf(msg, sizeof msg, "runtime.SetFinalizer: cannot pass %.*s to finalizer %.*s%s",
             (int)e.len, (const char *)e.ptr, (int)f.len, (const char *)f.ptr, why);
    golly_throw(msg);
}

static void throw_argument(const char *which, const golly_type *t, const char *what) {
    char msg[1024];
    go_string s = golly_type_string(t);
    snprintf(msg, sizeof msg, "runtime.SetFinalizer: %s argument is %.*s, not %s",
             which, (int)s.len, (const char *)s.ptr, what);
    golly_throw(msg);
}

static go_int interface_methods(const golly_type *t) {
    go_int n;
    golly_interface_methods(t, &n);
    return n;
}

// The finalizer goroutine (gc's runfinq): runs queued calls, then waits
// for the next collection that queues some.
static void run_finalizers(void *context, void *arg) {
    (void)context; (void)arg;
    for (;;) {
        while (queue != NULL) {
            finalizer *f = queue;
            queue = f->next;
            if (queue == NULL)
                queue_tail = NULL;
            uintptr_t obj = f->obj;
            go_funcval *fn = f->fn;
            const golly_type *fint = f->fint, *etyp = f->etyp;
            free(f);
            if (golly_kind(fint) == GOLLY_KIND_INTERFACE) {
                // An interface parameter: {type or itab, data}.
                const void *word = etyp;
                if (interface_methods(fint) != 0)
                    word = golly_assertE2I2(fint, etyp);
                ((void (*)(void *, const void *, uintptr_t))fn->fn)(fn, word, obj);
            } else {
                ((void (*)(void *, uintptr_t))fn->fn)(fn, obj);
            }
        }
        fing_waiting = true;
        golly_gopark("finalizer wait");
    }
}

static const go_funcval run_finalizers_fn = {(void (*)(void))run_finalizers};

void golly_SetFinalizer(void *context, const golly_type *etyp, void *obj,
                        const golly_type *ftyp, go_funcval *fn) {
    (void)context;
    if (etyp == NULL)
        golly_throw("runtime.SetFinalizer: first argument is nil");
    if (golly_kind(etyp) != GOLLY_KIND_POINTER)
        throw_argument("first", etyp, "pointer");
    uintptr_t index;
    golly_span *s = golly_span_of((uintptr_t)obj, &index);
    if (s == NULL) {
        // Zero-size objects, package variables and other static data are
        // never collected: their finalizers never run (gc returns too).
        // gc throws for pointers into frames; golly cannot tell those
        // from globals cheaply and returns as well.
        return;
    }
    if ((uintptr_t)obj != s->base + index * s->elemsize)
        golly_throw("runtime.SetFinalizer: pointer not at beginning of allocated block");
    finalizer **existing = find((uintptr_t)obj);
    if (ftyp == NULL) {
        if (existing != NULL) {
            finalizer *f = *existing;
            *existing = f->next;
            free(f);
            table_count--;
        }
        return;
    }
    if (golly_kind(ftyp) != GOLLY_KIND_FUNC)
        throw_argument("second", ftyp, "a function");
    go_int nin;
    bool variadic;
    const golly_type *const *params = golly_func_params(ftyp, &nin, NULL, &variadic);
    if (variadic)
        throw_cannot_pass(etyp, ftyp, " because dotdotdot");
    if (nin != 1)
        throw_cannot_pass(etyp, ftyp, "");
    const golly_type *fint = params[0];
    bool ok = fint == etyp;
    // mfinal.go: *T converts to a pointer type of the same element when
    // one of the two is unnamed and without methods.
    if (!ok && golly_kind(fint) == GOLLY_KIND_POINTER)
        ok = (golly_type_uncommon(fint) == NULL || golly_type_uncommon(etyp) == NULL) &&
             golly_type_elem(fint) == golly_type_elem(etyp);
    if (!ok && golly_kind(fint) == GOLLY_KIND_INTERFACE)
        ok = interface_methods(fint) == 0 || golly_assertE2I2(fint, etyp) != NULL;
    if (!ok)
        throw_cannot_pass(etyp, ftyp, "");
    if (fing == NULL)
        fing = golly_newproc_system((go_funcval *)&run_finalizers_fn, NULL);
    if (existing != NULL)
        golly_throw("runtime.SetFinalizer: finalizer already set");
    if (2 * (table_count + 1) > table_size)
        grow();
    finalizer *f = malloc(sizeof *f);
    if (f == NULL)
        golly_throw("runtime: out of memory");
    *f = (finalizer){(uintptr_t)obj, fn, fint, etyp, NULL};
    size_t i = slot(f->obj);
    f->next = table[i];
    table[i] = f;
    table_count++;
}

void golly_gc_mark_finalizers(void) {
    // Queued calls keep their objects and functions.
    for (finalizer *f = queue; f != NULL; f = f->next) {
        golly_gc_mark_object(f->obj);
        golly_gc_mark_object((uintptr_t)f->fn);
    }
    // What a finalizable object reaches survives, and so does its
    // finalizer, but not the object itself (gc's markrootSpans).
    for (size_t i = 0; i < table_size; i++) {
        for (finalizer *f = table[i]; f != NULL; f = f->next) {
            golly_gc_mark_object((uintptr_t)f->fn);
            golly_gc_scan_contents(f->obj);
        }
    }
    // The unreachable ones are queued, their objects kept for the call.
    bool queued = false;
    for (size_t i = 0; i < table_size; i++) {
        finalizer **link = &table[i];
        while (*link != NULL) {
            finalizer *f = *link;
            if (golly_gc_is_marked(f->obj)) {
                link = &f->next;
                continue;
            }
            *link = f->next;
            table_count--;
            golly_gc_mark_object(f->obj);
            f->next = NULL;
            if (queue_tail != NULL)
                queue_tail->next = f;
            else
                queue = f;
            queue_tail = f;
            queued = true;
        }
    }
    if (queued && fing_waiting) {
        fing_waiting = false;
        golly_goready(fing);
    }
}
