// Semaphores and notify lists for package sync (gc's runtime/sema.go) on
// golly's scheduler (proc.c): the C side of the hooks golly's runtime
// package pushes to sync (std/runtime/sema.go), each taking the closure
// context first.
//
// Goroutines share one thread and switch only inside the scheduler, so
// gc's locks and atomics have no counterpart here: nothing else runs
// between two statements of this file until a goroutine parks.
//
// A waiter's record lives in its own parked frame (this file's, which the
// collector scans conservatively): the table below and a notify list's
// head and tail point only into goroutine stacks, never into the heap.
// The address waited on is kept alive by the waiter's record.

#include "internal.h"

#include <time.h>

typedef struct sema_waiter {
    golly_g *g;
    uint32_t *addr;             // the semaphore (semacquire)
    uint32_t ticket;            // semaphore: 1 once handed the count; notify list: its ticket
    struct sema_waiter *next, *prev;
} sema_waiter;

// Waiters by address (gc's semtable, without its treap): each bucket is
// one queue of the waiters on every address that hashes to it, in the
// order they are to be woken; a release wakes the first on its address.
enum { SEMTAB_SIZE = 251 };
static struct {
    sema_waiter *first, *last;
} semtable[SEMTAB_SIZE];

static unsigned semroot(const uint32_t *addr) { return (unsigned)(((uintptr_t)addr >> 3) % SEMTAB_SIZE); }

// sema.go cansemacquire: takes one count if there is one.
static bool cansemacquire(uint32_t *addr) {
    if (*addr == 0)
        return false;
    (*addr)--;
    return true;
}

// sema.go semaRoot.queue: lifo puts the waiter before the others.
static void queue(unsigned root, sema_waiter *w, bool lifo) {
    if (lifo) {
        w->prev = NULL;
        w->next = semtable[root].first;
        if (w->next != NULL)
            w->next->prev = w;
        else
            semtable[root].last = w;
        semtable[root].first = w;
        return;
    }
    w->next = NULL;
    w->prev = semtable[root].last;
    if (w->prev != NULL)
        w->prev->next = w;
    else
        semtable[root].first = w;
    semtable[root].last = w;
}

// sema.go semaRoot.dequeue: the first waiter on addr, unlinked, or NULL.
static sema_waiter *dequeue(unsigned root, const uint32_t *addr) {
    for (sema_waiter *w = semtable[root].first; w != NULL; w = w->next) {
        if (w->addr != addr)
            continue;
        if (w->prev != NULL)
            w->prev->next = w->next;
        else
            semtable[root].first = w->next;
        if (w->next != NULL)
            w->next->prev = w->prev;
        else
            semtable[root].last = w->prev;
        w->next = w->prev = NULL;
        return w;
    }
    return NULL;
}

// sema.go semacquire1. A waiter woken without the count (another goroutine
// took it first) queues again. While parked, tracebacks and the deadlock
// report show gc's `[semacquire]`.
void golly_semacquire(void *context, uint32_t *addr, bool lifo) {
    (void)context;
    if (cansemacquire(addr))
        return;
    sema_waiter w = {.g = golly_curg, .addr = addr};
    unsigned root = semroot(addr);
    for (;;) {
        queue(root, &w, lifo);
        golly_gopark("semacquire");
        if (w.ticket != 0 || cansemacquire(addr))
            return;
    }
}

// sema.go semrelease1: the woken waiter runs next (goready); with handoff
// it gets the count itself and the caller yields to it (gc's goyield).
void golly_semrelease(void *context, uint32_t *addr, bool handoff) {
    (void)context;
    (*addr)++;
    sema_waiter *w = dequeue(semroot(addr), addr);
    if (w == NULL)
        return;
    if (handoff && cansemacquire(addr))
        w->ticket = 1;
    golly_goready(w->g);
    if (w->ticket == 1)
        golly_gosched();
}

// sema.go notifyListWait, after the Go side saw that ticket t has not been
// notified yet: the waiter goes to the tail of l's list and parks.
void golly_notifyListWait(void *context, golly_notifylist *l, uint32_t t) {
    (void)context;
    sema_waiter w = {.g = golly_curg, .ticket = t};
    sema_waiter *tail = l->tail;
    if (tail == NULL)
        l->head = &w;
    else
        tail->next = &w;
    l->tail = &w;
    golly_gopark("sync.Cond.Wait");
}

// sema.go notifyListNotifyAll: every ticket taken so far is notified.
void golly_notifyListNotifyAll(void *context, golly_notifylist *l) {
    (void)context;
    sema_waiter *w = l->head;
    l->head = l->tail = NULL;
    l->notify = l->wait;
    while (w != NULL) {
        sema_waiter *next = w->next;
        w->next = NULL;
        golly_goready(w->g);
        w = next;
    }
}

// sema.go notifyListNotifyOne: the next ticket is notified; its waiter,
// if it is parked already, is readied.
void golly_notifyListNotifyOne(void *context, golly_notifylist *l) {
    (void)context;
    uint32_t t = l->notify;
    if (t == l->wait)
        return;
    l->notify = t + 1;
    sema_waiter *p = NULL;
    for (sema_waiter *w = l->head; w != NULL; p = w, w = w->next) {
        if (w->ticket != t)
            continue;
        sema_waiter *n = w->next;
        if (p != NULL)
            p->next = n;
        else
            l->head = n;
        if (n == NULL)
            l->tail = p;
        w->next = NULL;
        golly_goready(w->g);
        return;
    }
}

// runtime nanotime: the monotonic clock.
int64_t golly_nanotime(void *context) {
    (void)context;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// gc's fastrand (stubs.go), 32 bits of typealg.c's generator.
uint32_t golly_fastrand32(void *context) {
    (void)context;
    return (uint32_t)(golly_fastrand() >> 32);
}

// panic.go throw and fatal with a Go string, for sync.throw and
// sync.fatal: `fatal error: MSG`, the caller's traceback, exit 2.
__attribute__((noinline))
void golly_fatal(void *context, const uint8_t *msg, go_int len) {
    (void)context;
    golly_writestr("fatal error: ");
    golly_write(msg, (size_t)len);
    golly_writestr("\n");
    uintptr_t *fp = __builtin_frame_address(0);
    golly_traceback((uintptr_t)__builtin_return_address(0), fp[0], false);
    golly_exit(2);
}
