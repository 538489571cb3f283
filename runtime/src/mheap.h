// The heap the mark-sweep collector manages (mheap.c), shared by its
// marking (mgcmark.c) and its cycle (mgc.c): an arena of 8 KiB pages cut
// into spans, as gc's mheap.go / mspans.
//
// A small span holds objects of one size class (gc's sizeclasses.go), and
// for each object an allocation bit and a mark bit; a span of objects
// with pointers also has one bit per 8-byte word saying whether the word
// holds a pointer (gc 1.19's heap bitmap, per span here), written from the
// object's type when it is allocated. A large span holds one object over
// 32 KiB and its type. Pointers are found from any address inside an
// object through the page map (interior pointers keep objects alive, as in
// gc).
#ifndef GOLLY_MHEAP_H
#define GOLLY_MHEAP_H

#include "internal.h"

enum {
    GOLLY_PAGE_SHIFT = 13,
    GOLLY_PAGE_SIZE = 1 << GOLLY_PAGE_SHIFT,
};

// SPAN_DEAD: a record merged into a neighbour, waiting for reuse.
enum { SPAN_FREE, SPAN_SMALL, SPAN_LARGE, SPAN_DEAD };

typedef struct golly_span {
    uintptr_t base, limit;          // [base, limit): its pages
    uintptr_t npages;
    uint8_t state;                  // SPAN_*
    bool noscan;                    // its objects hold no pointers
    bool needzero;                  // free memory in it may be dirty
    bool scavenged;                 // a free span returned to the OS (zero)
    int sizeclass;                  // small spans
    uintptr_t elemsize;             // small: the class size; large: npages pages
    uint32_t nelems;
    uint32_t allocated;             // objects allocated (small spans)
    uint32_t freeindex;             // no free slot below it
    uint32_t divmul;                // gc's divMagic: index = (off * divmul) >> 32
    uint64_t *allocbits, *markbits; // one bit an object; bits past nelems set in allocbits
    uint64_t *ptrbits;              // one bit a word (scan spans)
    const golly_type *largetype;    // large spans: the object's type, its size
    uintptr_t largesize;
    struct golly_span *next, *prev; // free runs, or the class's partial list
    struct golly_span *allnext;     // every span not free (sweeping walks them)
} golly_span;

extern uintptr_t golly_arena_lo, golly_arena_used;
extern golly_span **golly_pagemap;

// The span holding p with p's object allocated, and its index; NULL when p
// is not inside an allocated object of the heap (a frame, a global, static
// data, a free slot).
static inline golly_span *golly_span_of(uintptr_t p, uintptr_t *index) {
    if (p - golly_arena_lo >= golly_arena_used - golly_arena_lo)
        return NULL;
    golly_span *s = golly_pagemap[(p - golly_arena_lo) >> GOLLY_PAGE_SHIFT];
    if (s == NULL || (s->state != SPAN_SMALL && s->state != SPAN_LARGE) || p < s->base || p >= s->limit)
        return NULL;
    uintptr_t i = 0;
    if (s->state == SPAN_SMALL) {
        i = (uintptr_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
        if (i >= s->nelems)
            return NULL;
    }
    if (!(s->allocbits[i / 64] >> (i % 64) & 1))
        return NULL;
    *index = i;
    return s;
}

// Allocation (zeroed) and freeing, the counters and sweeping.
void *golly_heap_alloc(uintptr_t size, const golly_type *t);
// Frees every object not marked, clears the marks, returns empty spans'
// pages; returns the bytes still allocated.
uint64_t golly_heap_sweep(void);
// Returns free pages to the OS until at most `keep` bytes are committed
// but unused.
void golly_heap_scavenge(uint64_t keep);

typedef struct {
    uint64_t live;              // bytes of allocated objects (size classes)
    uint64_t total_alloc, mallocs, frees;
    uint64_t inuse, idle, released, sys;
    uint64_t class_mallocs[GOLLY_NUM_CLASSES], class_frees[GOLLY_NUM_CLASSES];
} golly_heap_counters;
extern golly_heap_counters golly_heap;

#endif
