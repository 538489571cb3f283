// Goroutines on one OS thread (DESIGN.md section 8, "M:1"): the parts of
// gc's runtime/proc.go that golly needs, newproc, gopark / goready,
// Gosched, goexit0 and checkdead. Each goroutine runs on its own mmap'd
// stack with a guard region below it; switches happen only at calls into
// the scheduler (channel operations, Gosched, goroutine exit), through
// golly_swapctx (proc_amd64.S).
//
// Scheduling follows gc's with one P: a goroutine made ready (goready) or
// created (newproc) becomes runnext and runs as soon as the current one
// blocks, pushing the previous runnext to the tail of the run queue;
// Gosched puts the caller at the tail.

#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
    // A goroutine's stack reservation. Only touched pages cost memory; gc
    // grows a goroutine's stack up to 1 GB, the main goroutine gets as much
    // here (main.c), the others a quarter.
    GOROUTINE_STACK = 256 << 20,
    // Stacks of exited goroutines kept for new ones.
    MAX_FREE = 64,
};

static golly_g *runq_head, *runq_tail;
static golly_g *runnext;
static golly_g *free_gs;
static int nfree;
// The goroutine that just exited, released by whichever runs next (its
// stack cannot be unmapped while it is still the one in use).
static golly_g *dead;
// gc numbers its own goroutines 2 to 4 (forcegc, bgsweep, bgscavenge): the
// first one a program starts is 5.
static int64_t next_goid = 5;
static bool main_exited;

static void runqput(golly_g *gp, bool next) {
    if (next) {
        golly_g *old = runnext;
        runnext = gp;
        if (old == NULL)
            return;
        gp = old;
    }
    gp->schedlink = NULL;
    if (runq_tail != NULL)
        runq_tail->schedlink = gp;
    else
        runq_head = gp;
    runq_tail = gp;
}

static golly_g *runqget(void) {
    golly_g *gp = runnext;
    if (gp != NULL) {
        runnext = NULL;
        return gp;
    }
    gp = runq_head;
    if (gp != NULL) {
        runq_head = gp->schedlink;
        if (runq_head == NULL)
            runq_tail = NULL;
        gp->schedlink = NULL;
    }
    return gp;
}

static void release_dead(void) {
    golly_g *gp = dead;
    if (gp == NULL)
        return;
    dead = NULL;
    if (nfree < MAX_FREE) {
        gp->schedlink = free_gs;
        free_gs = gp;
        nfree++;
        return;
    }
    munmap(gp->stack_map, GOLLY_STACK_GUARD + GOROUTINE_STACK);
    free(gp);
}

void golly_scheduler_init(uintptr_t stack_lo, uintptr_t stack_hi) {
    golly_g *gp = golly_curg;
    gp->goid = 1;
    gp->stack_lo = stack_lo;
    gp->stack_hi = stack_hi;
}

static void switch_to(golly_g *next) {
    golly_g *self = golly_curg;
    golly_curg = next;
    golly_stack_lo = next->stack_lo;
    golly_stack_top = next->stack_hi;
    golly_swapctx(&self->sched_sp, next->sched_sp);
    release_dead();
}

// proc.go checkdead: nothing can run, so nothing will ever wake a goroutine.
__attribute__((noreturn))
static void deadlock(void) {
    if (main_exited) {
        golly_writestr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        golly_exit(2);
    }
    golly_writestr("fatal error: all goroutines are asleep - deadlock!\n");
    golly_traceback_blocked(golly_curg);
    golly_exit(2);
}

void golly_gopark(const char *reason) {
    golly_g *gp = golly_curg;
    gp->waitreason = reason;
    golly_g *next = runqget();
    if (next == NULL)
        deadlock();
    switch_to(next);
    gp->waitreason = NULL;
}

void golly_goready(golly_g *gp) { runqput(gp, true); }

void golly_gosched(void) {
    golly_g *next = runqget();
    if (next == NULL)
        return;
    runqput(golly_curg, false);
    switch_to(next);
}

static golly_g *allocg(void) {
    golly_g *gp = free_gs;
    if (gp != NULL) {
        free_gs = gp->schedlink;
        nfree--;
        uint8_t *map = gp->stack_map;
        uintptr_t lo = gp->stack_lo, hi = gp->stack_hi;
        memset(gp, 0, sizeof *gp);
        gp->stack_map = map;
        gp->stack_lo = lo;
        gp->stack_hi = hi;
        return gp;
    }
    gp = calloc(1, sizeof *gp);
    size_t total = GOLLY_STACK_GUARD + GOROUTINE_STACK;
    uint8_t *map = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (gp == NULL || map == MAP_FAILED ||
        mprotect(map + GOLLY_STACK_GUARD, GOROUTINE_STACK, PROT_READ | PROT_WRITE) != 0)
        golly_throw("out of memory allocating a goroutine stack");
    gp->stack_map = map;
    gp->stack_lo = (uintptr_t)map + GOLLY_STACK_GUARD;
    gp->stack_hi = gp->stack_lo + GOROUTINE_STACK;
    return gp;
}

// proc.go newproc: a goroutine that will call fn(fn, arg) (fn is a func
// value: its first word is the code, which takes the closure as context).
void golly_newproc(go_funcval *fn, void *arg) {
    golly_g *gp = allocg();
    gp->goid = next_goid++;
    gp->entry_fn = fn;
    gp->entry_arg = arg;
    // golly_swapctx pops six registers (zero: rbp = 0 ends the frame
    // chain) and returns into golly_gostart. The stacks' reservations are
    // all the same size apart, so their tops would share one TLB set (and
    // cache sets): a sieve of 2000 goroutines spent 60% of its time in TLB
    // misses. Each stack starts at a different page and cache line.
    uintptr_t color = (uintptr_t)gp->goid * 2654435761u;
    uintptr_t top = gp->stack_hi - (color % 509) * 4096 - (color / 509 % 64) * 64;
    uintptr_t *sp = (uintptr_t *)(top & ~(uintptr_t)15) - 8;
    for (int i = 0; i < 6; i++)
        sp[i] = 0;
    sp[6] = (uintptr_t)golly_gostart;
    gp->sched_sp = (uintptr_t)sp;
    runqput(gp, true);
}

// proc.go goexit0: the goroutine is done; run the next one.
__attribute__((noreturn))
void golly_goexit0(void) {
    golly_g *gp = golly_curg;
    if (gp->goid == 1) {
        // runtime.Goexit of the main goroutine: the program continues
        // until the other goroutines are done (proc.go main's Goexit case).
        main_exited = true;
    } else {
        dead = gp;
    }
    golly_g *next = runqget();
    if (next == NULL)
        deadlock();
    switch_to(next);
    golly_throw("exited goroutine resumed");
}

__attribute__((noreturn))
void golly_goroutine_main(void) {
    release_dead();
    golly_g *gp = golly_curg;
    go_funcval *fn = gp->entry_fn;
    ((void (*)(void *, void *))fn->fn)(fn, gp->entry_arg);
    golly_goexit0();
}
