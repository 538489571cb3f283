// Goroutines on one OS thread (docs/DESIGN.md §8, "M:1"): the parts of
// gc's runtime/proc.go that golly needs, newproc, gopark / goready,
// Gosched, goexit0 and checkdead. Each goroutine runs on its own mmap'd
// stack with a guard region below it; switches happen only at calls into
// the scheduler (channel operations, select, Gosched, goroutine exit, and
// preemptPark at the loop back edges of packages that start goroutines once
// the preemption ticker fired), through golly_swapctx (proc_amd64.S).
//
// Scheduling follows gc's with one P: a goroutine made ready (goready) or
// created (newproc) becomes runnext and runs as soon as the current one
// blocks, pushing the previous runnext to the tail of the run queue;
// Gosched puts the caller at the tail.

#include "internal.h"
#include "golly/sys.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>

enum {
    // A goroutine's stack reservation: gc's maxstacksize, as for the main
    // goroutine (main.c). Only touched pages cost memory. Each goroutine
    // takes two mappings (guard and stack): the kernel's vm.max_map_count
    // (65530 by default) allows about 32,000 at once.
    GOROUTINE_STACK = 1000000000,
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
static go_int live = 1;         // goroutines started and not ended, main included
// The goroutines other than main that have not ended.
static golly_g *all_head;

static void all_insert(golly_g *gp) {
    gp->allprev = NULL;
    gp->allnext = all_head;
    if (all_head != NULL)
        all_head->allprev = gp;
    all_head = gp;
}

static void all_remove(golly_g *gp) {
    if (gp->allprev != NULL)
        gp->allprev->allnext = gp->allnext;
    else
        all_head = gp->allnext;
    if (gp->allnext != NULL)
        gp->allnext->allprev = gp->allprev;
}
// The main goroutine, for the deadlock report.
static golly_g *main_g;

go_int golly_live_goroutines(void) { return live; }

void golly_for_each_g(void (*fn)(golly_g *gp, void *arg), void *arg) {
    if (main_g != NULL)
        fn(main_g, arg);
    for (golly_g *gp = all_head; gp != NULL; gp = gp->allnext)
        fn(gp, arg);
}

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
    main_g = gp;
    gp->goid = 1;
    gp->stack_lo = stack_lo;
    gp->stack_hi = stack_hi;
    gp->stack_used_hi = stack_hi;
}

static void switch_to(golly_g *next) {
    golly_g *self = golly_curg;
    golly_curg = next;
    golly_stack_lo = next->stack_lo;
    golly_stack_top = next->stack_hi;
    golly_swapctx(&self->sched_sp, next->sched_sp);
    release_dead();
}

// proc.go checkdead: nothing can run, so nothing will ever wake a
// goroutine. gc's report then shows the main goroutine first (with what it
// waits for); after main's Goexit, a goroutine still blocked.
__attribute__((noreturn))
static void deadlock(void) {
    golly_g *self = golly_curg;
    if (main_exited && live == 0) {
        golly_writestr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        golly_exit(2);
    }
    golly_writestr("fatal error: all goroutines are asleep - deadlock!\n");
    golly_g *shown = main_g;
    if (main_exited) {
        // The oldest goroutine still blocked.
        shown = self->waitreason != NULL ? self : NULL;
        for (golly_g *gp = all_head; gp != NULL; gp = gp->allnext) {
            if (gp->waitreason != NULL && !gp->system && (shown == NULL || gp->goid < shown->goid))
                shown = gp;
        }
    }
    // A fatal error shows every goroutine (gc's throw: at least "all"),
    // the one above first.
    if (shown != NULL && golly_traceback_level() > 0) {
        golly_traceback_blocked(shown, self);
        golly_traceback_others(shown, golly_traceback_level() >= 3);
    }
    golly_exit(2);
}

// proc.go findRunnable: the next goroutine to run, after readying the
// sleepers and running the timers that are due (time.c); with nothing to
// run but a sleeper or a timer pending, it waits for the earliest. NULL:
// nothing can ever run again.
// Goroutines picked; every 61st pick looks at the netpoller (proc.go).
static uint32_t schedtick;

static golly_g *findrunnable(void) {
    for (;;) {
        if (golly_timers_active)
            golly_timers_run(false);
        golly_g *gp = runqget();
        if (gp != NULL) {
            // proc.go: the netpoller is looked at now and then even while
            // goroutines are runnable (gc's sysmon and findRunnable).
            if (golly_netpoll_waiters > 0 && ++schedtick % 61 == 0)
                golly_netpoll(0);
            return gp;
        }
        if (golly_netpoll_waiters > 0) {
            if (golly_netpoll(0) > 0)
                continue;
            // Nothing runnable, nothing timed: wait for a descriptor.
            if (!golly_timers_active) {
                golly_netpoll(-1);
                continue;
            }
        }
        if (!golly_timers_active || !golly_timers_run(true))
            return NULL;
    }
}

void golly_gopark(const char *reason) {
    golly_g *gp = golly_curg;
    gp->waitreason = reason;
    golly_g *next = findrunnable();
    if (next == NULL)
        deadlock();
    // A timer or the end of its sleep readied gp itself.
    if (next != gp)
        switch_to(next);
    gp->waitreason = NULL;
}

void golly_goready(golly_g *gp) { runqput(gp, true); }

void golly_gosched(void) {
    if (golly_timers_active)
        golly_timers_run(false);
    if (golly_netpoll_waiters > 0 && ++schedtick % 61 == 0)
        golly_netpoll(0);
    golly_g *next = runqget();
    if (next == NULL)
        return;
    runqput(golly_curg, false);
    switch_to(next);
}

static golly_g *start_goroutine(go_funcval *fn, void *arg);

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

// A goroutine of the runtime's own (gc's isSystemGoroutine: the finalizer
// goroutine): not counted among the program's goroutines (NumGoroutine, the
// deadlock check), started without the preemption ticker.
golly_g *golly_newproc_system(go_funcval *fn, void *arg) {
    golly_g *gp = start_goroutine(fn, arg);
    gp->system = true;
    return gp;
}

// proc.go newproc: a goroutine that will call fn(fn, arg) (fn is a func
// value: its first word is the code, which takes the closure as context).
__attribute__((noinline))
void golly_newproc(go_funcval *fn, void *arg) {
    if (fn == NULL)
        golly_throw("go of nil func value");
    golly_start_ticker();
    live++;
    start_goroutine(fn, arg)->gopc = (uintptr_t)__builtin_return_address(0);
}

static golly_g *start_goroutine(go_funcval *fn, void *arg) {
    golly_g *gp = allocg();
    all_insert(gp);
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
    gp->stack_used_hi = (uintptr_t)(sp + 8);
    for (int i = 0; i < 6; i++)
        sp[i] = 0;
    sp[6] = (uintptr_t)golly_gostart;
    gp->sched_sp = (uintptr_t)sp;
    runqput(gp, true);
    return gp;
}

// proc.go goexit0: the goroutine is done; run the next one.
__attribute__((noreturn))
void golly_goexit0(void) {
    golly_g *gp = golly_curg;
    live--;
    gp->waitreason = NULL;
    if (gp->goid == 1) {
        // runtime.Goexit of the main goroutine: the program continues
        // until the other goroutines are done (proc.go main's Goexit case).
        main_exited = true;
    } else {
        all_remove(gp);
        dead = gp;
    }
    golly_g *next = findrunnable();
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
    void *arg = gp->entry_arg;
    // From here the Go function's own frame keeps them as long as it
    // needs them: the g no longer does (mgcmark.c marks these fields).
    gp->entry_fn = NULL;
    gp->entry_arg = NULL;
    ((void (*)(void *, void *))fn->fn)(fn, arg);
    golly_goexit0();
}

// Preemption, cooperatively: once a program has more than one goroutine, a
// ticker (10 ms of the process's CPU time, gc's forcePreemptNS) sets
// golly_preempt, and the loops of packages that start goroutines check it
// at each back edge (IRGen Goroutines.swift preemptionCheck) and call
// preemptPark, which yields like Gosched. gc preempts asynchronously,
// at any instruction; here a loop without a back-edge check (recursion)
// still runs until it blocks.
volatile uint8_t golly_preempt;

static void on_tick(int sig) {
    (void)sig;
    golly_preempt = 1;
}

void golly_start_ticker(void) {
    static bool started;
    if (started)
        return;
    started = true;
    golly_on_signal(SIGVTALRM, on_tick);
    struct itimerval every = {{0, 10000}, {0, 10000}};
    setitimer(ITIMER_VIRTUAL, &every, NULL);
}

void golly_preemptPark(void) {
    golly_preempt = 0;
    golly_gosched();
}
