// Exported functions of package runtime that Go code can call today
// (`import "runtime"`). Go calls pass the closure context first; these
// ignore it.

#include "collector.h"
#include "internal.h"

#include <sched.h>

#include <stdlib.h>
#include <string.h>

// mgc.go GC: "runs a garbage collection and blocks the caller until the
// garbage collection is complete" (collector.h). Entered through
// runtime.GC (mgc_amd64.S), which zeroes the stack below its caller first.
void golly_GC_body(void *context);
uintptr_t golly_GC_zero_floor(uintptr_t sp);

// How far below sp the stub zeroes: 16 KiB, but not past the goroutine's
// stack (its guard page lies below stack_lo; the main goroutine's stack,
// stack_lo 0, grows on demand).
uintptr_t golly_GC_zero_floor(uintptr_t sp) {
    uintptr_t floor = sp - 16384, lo = golly_curg->stack_lo;
    return lo != 0 && floor < lo ? lo : floor;
}

void golly_GC_body(void *context) {
    (void)context;
    golly_gc_collect(true);
    // A collection stops the world in gc, which lets other goroutines run
    // after it; with goroutines on one thread, a loop calling runtime.GC
    // must yield to let them run before its next preemption check.
    golly_gosched();
}

// proc.go Gosched: yields the processor to other goroutines (proc.c).
void golly_Gosched(void *context) {
    (void)context;
    golly_gosched();
}

// mfinal.go KeepAlive: marks x reachable until this call. The call itself is
// what matters (the compiler cannot drop the argument before it); there is
// nothing to do at run time.
void golly_KeepAlive(void *context, const golly_type *type, void *data) {
    (void)context; (void)type; (void)data;
}

// debug.go GOMAXPROCS: sets how many OS threads may run Go code at once and
// returns the previous setting; n < 1 only reads it. It starts as gc's
// does (proc.go schedinit): $GOMAXPROCS when a positive number, else the
// CPUs the process may use, so that what programs size by it and `go
// test`'s `-N` benchmark suffix are gc's. Goroutines run on one thread
// whatever it is (docs/DESIGN.md §8): the setting is kept, and changes
// nothing.
static go_int gomaxprocs;

go_int golly_GOMAXPROCS(void *context, go_int n) {
    if (gomaxprocs == 0) {
        const char *env = getenv("GOMAXPROCS");
        long v = env != NULL ? strtol(env, NULL, 10) : 0;
        gomaxprocs = v > 0 ? (go_int)v : golly_NumCPU(context);
    }
    go_int previous = gomaxprocs;
    if (n > 0)
        gomaxprocs = n;
    return previous;
}

// debug.go NumGoroutine: the goroutines that exist (proc.c).
go_int golly_NumGoroutine(void *context) {
    (void)context;
    return golly_live_goroutines();
}

// os_linux.go getproccount: the CPUs of the affinity mask, at least 1.
go_int golly_NumCPU(void *context) {
    (void)context;
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return 1;
    int n = CPU_COUNT(&set);
    return n > 0 ? n : 1;
}

int64_t golly_goid(void *context) {
    (void)context;
    return golly_curg->goid;
}

// proc.go Breakpoint -> asm_amd64.s breakpoint: a trap instruction. gc's
// signal handler treats the SIGTRAP as a crash (`SIGTRAP: trace trap`,
// traceback, registers, exit 2); signal.c does the same.
// The frame address operand makes GCC build a frame even in this leaf, so
// the traceback from the trap finds the caller through the frame pointer.
__attribute__((noinline))
void golly_Breakpoint(void *context) {
#if defined(__x86_64__)
    __asm__ volatile("int3" : : "r"(__builtin_frame_address(0)));
#elif defined(__aarch64__)
    __asm__ volatile("brk #0" : : "r"(__builtin_frame_address(0)));
#endif
}

// mstats.go ReadMemStats: the collector's counters in gc's fields (those
// golly has no counterpart for, such as stacks and span metadata, are 0).
void golly_ReadMemStats(void *context, golly_memstats *m) {
    (void)context;
    golly_gc_stats st;
    golly_gc_read_stats(&st);
    memset(m, 0, sizeof *m);
    m->Alloc = m->HeapAlloc = st.alloc;
    m->TotalAlloc = st.total_alloc;
    m->Sys = st.sys;
    m->Mallocs = st.mallocs;
    m->Frees = st.frees;
    m->HeapSys = st.heap_sys;
    m->HeapIdle = st.heap_idle;
    m->HeapInuse = st.heap_inuse;
    m->HeapReleased = st.heap_released;
    m->HeapObjects = st.mallocs - st.frees;
    m->NextGC = st.next_gc;
    m->LastGC = st.last_gc;
    m->PauseTotalNs = st.pause_total_ns;
    memcpy(m->PauseNs, st.pause_ns, sizeof m->PauseNs);
    memcpy(m->PauseEnd, st.pause_end, sizeof m->PauseEnd);
    m->NumGC = st.num_gc;
    m->NumForcedGC = st.num_forced_gc;
    m->GCCPUFraction = st.run_ns == 0 ? 0 : (double)st.gc_ns / (double)st.run_ns;
    m->EnableGC = true;
    // gc's BySize: class 0 (size 0) first, then the first 60 classes.
    for (int i = 1; i < GOLLY_MEMSTATS_BYSIZE; i++) {
        m->BySize[i].Size = (uint32_t)golly_class_size(i - 1);
        m->BySize[i].Mallocs = st.class_mallocs[i - 1];
        m->BySize[i].Frees = st.class_frees[i - 1];
    }
}

// extern.go Callers: the return program counters of the calling
// goroutine's stack, skip = 0 being Callers itself and 1 its caller, found
// along the frame-pointer chain (traceback.c's walk). As in gc, a frame
// holding inlined calls counts as one frame for each (inlineinfo.c); the
// pc of an outer one carries its level (GOLLY_PC_FRAME_SHIFT). C frames
// of the runtime are left out; the main goroutine's frames end as gc's,
// with runtime.main and runtime.goexit (symbolize.c's names for run_main
// and golly_gostart).
__attribute__((noinline))
go_int golly_Callers(void *context, go_int skip, uintptr_t *pc, go_int len, go_int cap) {
    (void)context; (void)cap;
    go_int n = 0;
    if (skip == 0 && n < len) {
        pc[n++] = (uintptr_t)golly_Callers + 1;
    }
    go_int frame = 1;
    const uintptr_t *fp = __builtin_frame_address(0);
    uintptr_t lo = (uintptr_t)fp, hi = golly_curg->stack_hi;
    while (n < len && fp != NULL && (uintptr_t)fp >= lo && (uintptr_t)fp < hi) {
        uintptr_t ret = fp[1];
        if (ret == 0)
            break;
        const char *name;
        uintptr_t entry;
        bool known = golly_symbolize(ret - 1, &name, &entry);
        if (known && strchr(name, '.') != NULL) {
            int depth = golly_inline_depth(ret - 1);
            for (int k = 0; k <= depth && n < len; k++, frame++)
                if (frame >= skip)
                    pc[n++] = ret | (uintptr_t)k << GOLLY_PC_FRAME_SHIFT;
        }
        // An unknown pc (code the program jumped to, issue11656.go) is
        // passed over: the frame pointer chain goes on above it.
        if (known && strcmp(name, "runtime.goexit") == 0)
            break;
        if (known && strcmp(name, "runtime.main") == 0) {
            // Its caller is ucontext's trampoline: gc's goexit instead.
            if (frame++ >= skip && n < len)
                pc[n++] = (uintptr_t)golly_gostart + 1;
            break;
        }
        const uintptr_t *next = (const uintptr_t *)fp[0];
        if (next <= fp)
            break;
        fp = next;
    }
    return n;
}

go_string golly_gogetenv(void *context, const uint8_t *key, go_int len) {
    (void)context;
    char name[256];
    if (len <= 0 || (size_t)len >= sizeof name)
        return (go_string){NULL, 0};
    memcpy(name, key, (size_t)len);
    name[len] = 0;
    const char *v = getenv(name);
    return v == NULL ? (go_string){NULL, 0} : (go_string){(const uint8_t *)v, (go_int)strlen(v)};
}
