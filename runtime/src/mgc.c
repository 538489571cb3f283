// The collection cycle (gc's mgc.go and mgcpacer.go): stop-the-world
// mark-sweep. Goroutines share one thread (docs/DESIGN.md §8), so the
// world is stopped by construction: a collection runs inside the
// allocation that triggered it, marks from the roots (mgcmark.c), sweeps
// every span (mheap.c) and returns free memory to the OS.
//
// Pacing as gc's with GOGC (default 100; "off" disables): the next
// collection starts when the heap has grown by GOGC percent over what the
// last one found live, and never below 4 MB scaled by GOGC (gc's
// heapMinimum). GODEBUG=gctrace=1 prints gc's line per collection;
// GODEBUG=gcstress=1 collects at every allocation (for testing).

#include "collector.h"
#include "mgc.h"
#include "mheap.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { HEAP_MINIMUM = 4 << 20 };

static bool initialized;
enum { SCAVENGE_FLOOR = 64 << 20 };    // idle bytes always kept

static int64_t gcpercent = 100;         // GOGC; < 0: off
static bool gctrace, gcstress;
static uint64_t next_gc = HEAP_MINIMUM;
static uint64_t start_ns;
static uint64_t gc_total_ns;            // time spent collecting
static bool collecting;
static golly_gc_stats stats;

static void clear_stack_below(void);
static void collect(bool forced);

static uint64_t nanotime(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// GODEBUG's `name=N` settings (runtime1.go parsedebugvars).
static int64_t godebug(const char *name) {
    const char *s = getenv("GODEBUG");
    size_t n = strlen(name);
    while (s != NULL && *s != '\0') {
        if (strncmp(s, name, n) == 0 && s[n] == '=')
            return strtoll(s + n + 1, NULL, 10);
        s = strchr(s, ',');
        if (s != NULL)
            s++;
    }
    return 0;
}

static uint64_t last_marked;          // what the last collection found live

static void set_goal(uint64_t marked) {
    last_marked = marked;
    if (gcpercent < 0) {
        next_gc = UINT64_MAX;
        return;
    }
    uint64_t minimum = (uint64_t)HEAP_MINIMUM * (uint64_t)gcpercent / 100;
    next_gc = marked + marked * (uint64_t)gcpercent / 100;
    if (next_gc < minimum)
        next_gc = minimum;
}

static void init(void) {
    initialized = true;
    start_ns = nanotime(CLOCK_MONOTONIC);
    // mgcpacer.go readGOGC: "off" or a percentage (gc accepts what atoi does).
    const char *gogc = getenv("GOGC");
    if (gogc != NULL && strcmp(gogc, "off") == 0)
        gcpercent = -1;
    else if (gogc != NULL && *gogc != '\0')
        gcpercent = strtoll(gogc, NULL, 10);
    gctrace = godebug("gctrace") > 0;
    gcstress = godebug("gcstress") > 0;
    set_goal(0);
}

int32_t golly_gcPercent(void *context, int32_t percent) {
    (void)context;
    if (!initialized)
        init();
    int32_t previous = (int32_t)gcpercent;
    gcpercent = percent < 0 ? -1 : percent;
    set_goal(last_marked);
    return previous;
}

void *golly_gc_alloc(uintptr_t size, const golly_type *t) {
    if (!initialized)
        init();
    if ((golly_heap.live + size >= next_gc || gcstress) && !collecting) {
        clear_stack_below();
        collect(false);
    }
    return golly_heap_alloc(size, t);
}

// mgc.go itoaDiv: val/10^dec with dec decimals.
static void print_decimal(uint64_t val, int dec) {
    char buf[24];
    int i = (int)sizeof buf - 1, idec = i - dec;
    while (val >= 10 || i >= idec) {
        buf[i--] = (char)('0' + val % 10);
        if (i == idec)
            buf[i--] = '.';
        val /= 10;
    }
    buf[i] = (char)('0' + val);
    golly_write(buf + i, sizeof buf - (size_t)i);
}

// mgc.go fmtNSAsMS: milliseconds, two significant digits below 10 ms.
static void print_ms(uint64_t ns) {
    if (ns >= 10000000) {
        print_decimal(ns / 1000000, 0);
        return;
    }
    uint64_t x = ns / 1000;
    if (x == 0) {
        golly_write("0", 1);
        return;
    }
    int dec = 3;
    for (; x >= 100; x /= 10)
        dec--;
    print_decimal(x, dec);
}

static void print_uint(uint64_t v) {
    char buf[24];
    int i = (int)sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    golly_write(buf + i, sizeof buf - (size_t)i);
}

// mgc.go gcMarkTermination's line. A stop-the-world collection has no
// concurrent phase: its mark and sweep are the mark-termination and
// sweep-termination times; assist, background and idle marking are 0.
static void trace(uint64_t t0, uint64_t t1, uint64_t t2, uint64_t cpu_mark, uint64_t cpu_sweep,
                  uint64_t heap0, uint64_t heap2, bool forced) {
    uint64_t elapsed = t2 - start_ns;
    golly_writestr("gc ");
    print_uint(stats.num_gc);
    golly_writestr(" @");
    print_decimal((t0 - start_ns) / 1000000, 3);
    golly_writestr("s ");
    print_uint(elapsed == 0 ? 0 : gc_total_ns * 100 / elapsed);
    golly_writestr("%: 0+");
    print_ms(t1 - t0);
    golly_writestr("+");
    print_ms(t2 - t1);
    golly_writestr(" ms clock, 0+0/");
    print_ms(cpu_mark);
    golly_writestr("/0+");
    print_ms(cpu_sweep);
    golly_writestr(" ms cpu, ");
    print_uint(heap0 >> 20);
    golly_writestr("->");
    print_uint(heap0 >> 20);
    golly_writestr("->");
    print_uint(heap2 >> 20);
    golly_writestr(" MB, ");
    print_uint(next_gc >> 20);
    golly_writestr(" MB goal, 0 MB stacks, 0 MB globals, 1 P");
    if (forced)
        golly_writestr(" (forced)");
    golly_writestr("\n");
}

// The collector's frames reuse stack that deeper calls left values in,
// and the running goroutine's stack is scanned conservatively: zeroing the
// stack below the caller first keeps those stale words from retaining
// objects.
__attribute__((noinline))
static void clear_stack_below(void) {
    volatile uint8_t area[16384];
    memset((uint8_t *)area, 0, sizeof area);
}

// std/runtime/sema.go clearpools(): sync.Pool's cleanup. Weak: a program
// without golly's runtime package has no pools.
void golly_clearpools(void *context) __asm__("runtime.clearpools") __attribute__((weak));

void golly_gc_collect(bool forced) {
    // mgc.go gcStart: the pools drop what they hold first (Go code, which
    // only moves pointers: it allocates nothing).
    if (golly_clearpools != NULL && !collecting)
        golly_clearpools(NULL);
    clear_stack_below();
    collect(forced);
}

__attribute__((noinline))
static void collect(bool forced) {
    if (!initialized)
        init();
    collecting = true;
    uint64_t heap0 = golly_heap.live;
    uint64_t t0 = nanotime(CLOCK_MONOTONIC), c0 = nanotime(CLOCK_PROCESS_CPUTIME_ID);
    golly_gc_mark();
    golly_gc_go_ret = 0;
    uint64_t t1 = nanotime(CLOCK_MONOTONIC), c1 = nanotime(CLOCK_PROCESS_CPUTIME_ID);
    uint64_t marked = golly_heap_sweep();
    set_goal(marked);
    // Keep idle memory up to the heap goal and 10% (gc's scavenger
    // retains that much, mgcscavenge.go) and never less than 64 MB: gc
    // returns pages slowly in the background, golly at once after each
    // collection, and pages given back early fault in again (a program
    // that grows a 2 MB buffer over and over spent a third of its time
    // refaulting them). A heap that shrinks for good still gives back
    // everything above that.
    uint64_t goal = next_gc == UINT64_MAX ? marked : next_gc;
    uint64_t keep = goal + goal / 10;
    golly_heap_scavenge(keep > SCAVENGE_FLOOR ? keep : SCAVENGE_FLOOR);
    uint64_t t2 = nanotime(CLOCK_MONOTONIC), c2 = nanotime(CLOCK_PROCESS_CPUTIME_ID);
    gc_total_ns += t2 - t0;
    uint32_t slot = stats.num_gc % 256;
    stats.num_gc++;
    if (forced)
        stats.num_forced_gc++;
    stats.pause_ns[slot] = t2 - t0;
    stats.pause_total_ns += t2 - t0;
    stats.last_gc = nanotime(CLOCK_REALTIME);
    stats.pause_end[slot] = stats.last_gc;
    if (gctrace)
        trace(t0, t1, t2, c1 - c0, c2 - c1, heap0, marked, forced);
    collecting = false;
}

void golly_gc_read_stats(golly_gc_stats *out) {
    if (!initialized)
        init();
    *out = stats;
    out->alloc = golly_heap.live;
    out->total_alloc = golly_heap.total_alloc;
    out->mallocs = golly_heap.mallocs;
    out->frees = golly_heap.frees;
    out->heap_inuse = golly_heap.inuse;
    out->heap_idle = golly_heap.idle;
    out->heap_released = golly_heap.released;
    out->heap_sys = golly_heap.inuse + golly_heap.idle;
    out->sys = golly_heap.sys;
    out->next_gc = next_gc;
    out->gc_ns = gc_total_ns;
    out->run_ns = nanotime(CLOCK_MONOTONIC) - start_ns;
    for (int c = 0; c < GOLLY_NUM_CLASSES; c++) {
        out->class_mallocs[c] = golly_heap.class_mallocs[c];
        out->class_frees[c] = golly_heap.class_frees[c];
    }
}
