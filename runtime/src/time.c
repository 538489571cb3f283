// Time for package time: the wall clock, time.Sleep and the timers of
// time.Timer, time.After, time.AfterFunc and time.Ticker, on golly's
// scheduler (proc.c). The C side of std/runtime/time.go's hooks
// (include/golly/sys.h), each taking the Go closure context first.
//
// gc keeps timers in a heap per P and runs them from its scheduler and
// its netpoller's sleep (runtime/time.go). golly has one thread: a
// sleeping goroutine parks with its deadline in a list of records in the
// sleepers' parked frames (as sema.c's waiters), the timers themselves
// live in package runtime's Go heap (std/runtime/time.go, where the
// collector sees them), and the scheduler calls golly_timers_run whenever
// it picks a goroutine: it readies the sleepers that are due and calls
// runtime.checkTimers when a timer is; with nothing runnable it waits for
// the earliest deadline with nanosleep instead of reporting a deadlock.

#include "internal.h"
#include "golly/sys.h"

#include <errno.h>
#include <time.h>

typedef struct sleeper {
    golly_g *g;
    int64_t when;
    struct sleeper *next;
} sleeper;

// By deadline, earliest first.
static sleeper *sleepers;
// The earliest deadline of a pending timer of std/runtime/time.go, or -1.
static int64_t next_timer = -1;
static bool running;
bool golly_timers_active;

// std/runtime/time.go checkTimers(now int64) int64: runs the timers due at
// now and returns the next one's deadline, -1 if none is pending. Weak: a
// program without golly's runtime package (no -d=std import of it) has no
// timers, and next_timer stays -1.
int64_t golly_checkTimers(void *context, int64_t now) __asm__("runtime.checkTimers") __attribute__((weak));

static void update_active(void) { golly_timers_active = sleepers != NULL || next_timer >= 0; }

int64_t golly_walltime(void *context) {
    (void)context;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void golly_sleepUntil(void *context, int64_t when) {
    (void)context;
    sleeper s = {.g = golly_curg, .when = when};
    sleeper **p = &sleepers;
    while (*p != NULL && (*p)->when <= when)
        p = &(*p)->next;
    s.next = *p;
    *p = &s;
    golly_timers_active = true;
    golly_gopark("sleep");
}

void golly_timerAdded(void *context, int64_t when) {
    (void)context;
    if (next_timer < 0 || when < next_timer)
        next_timer = when;
    golly_timers_active = true;
}

static void sleep_until(int64_t when) {
    // Descriptors may become ready meanwhile.
    if (golly_netpoll_waiters > 0) {
        golly_netpoll(when);
        return;
    }
    int64_t now = golly_nanotime(NULL);
    if (when <= now)
        return;
    int64_t d = when - now;
    struct timespec ts = {.tv_sec = d / 1000000000, .tv_nsec = d % 1000000000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

bool golly_timers_run(bool block) {
    if (running)
        return false;
    if (block) {
        int64_t when = -1;
        if (sleepers != NULL)
            when = sleepers->when;
        if (next_timer >= 0 && (when < 0 || next_timer < when))
            when = next_timer;
        if (when < 0)
            return false;
        sleep_until(when);
    }
    int64_t now = golly_nanotime(NULL);
    while (sleepers != NULL && sleepers->when <= now) {
        sleeper *s = sleepers;
        sleepers = s->next;
        golly_goready(s->g);
    }
    if (next_timer >= 0 && next_timer <= now && golly_checkTimers != NULL) {
        running = true;
        next_timer = -1;
        int64_t next = golly_checkTimers(NULL, now);
        // A timer added while they ran (timerAdded) may be earlier.
        if (next >= 0 && (next_timer < 0 || next < next_timer))
            next_timer = next;
        running = false;
    }
    update_active();
    return true;
}
