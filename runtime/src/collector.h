// The collector's interface: everything outside the collector allocates,
// collects and reads statistics through these functions only, so that the
// strategy behind them (today a stop-the-world, non-moving mark-sweep:
// mheap.c, mgcmark.c, mgc.c; docs/DESIGN.md §7) can be replaced by a
// concurrent or generational one, as TinyGo swaps its collectors behind
// gc_*.go.
#ifndef GOLLY_COLLECTOR_H
#define GOLLY_COLLECTOR_H

#include "golly/abi.h"

// Memory for an object of `size` bytes holding values of type t (an array
// of them when size is a multiple of t->size), zeroed, 8-byte aligned (16
// from 16 bytes on). t == NULL or t->ptrdata == 0: the object holds no
// pointers and is never scanned. May collect first.
void *golly_gc_alloc(uintptr_t size, const golly_type *t);

// A full collection (runtime.GC, or the pacer's when forced is false).
void golly_gc_collect(bool forced);

// The counters runtime.ReadMemStats reports (gc's MemStats names).
typedef struct {
    uint64_t alloc;             // bytes of allocated heap objects
    uint64_t total_alloc;       // cumulative bytes allocated
    uint64_t sys;               // bytes obtained from the OS
    uint64_t mallocs, frees;    // cumulative objects allocated and freed
    uint64_t heap_sys;          // bytes of heap address space in use or free
    uint64_t heap_idle;         // bytes in free spans
    uint64_t heap_inuse;        // bytes in spans with objects
    uint64_t heap_released;     // bytes returned to the OS
    uint64_t next_gc;           // the heap size of the next collection
    uint64_t last_gc;           // when the last one ended (ns since 1970)
    uint64_t pause_total_ns;
    uint64_t gc_ns, run_ns;     // time spent collecting, since start-up
    uint64_t class_mallocs[67], class_frees[67];    // by size class (msize.c)
    uint64_t pause_ns[256];     // recent pauses, circular, as gc's PauseNs
    uint64_t pause_end[256];
    uint32_t num_gc, num_forced_gc;
} golly_gc_stats;

void golly_gc_read_stats(golly_gc_stats *out);

#endif
