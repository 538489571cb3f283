// The collector's heap (mheap.h): an arena of pages cut into spans, small
// objects by size class, large objects in spans of their own, sweeping,
// and returning free pages to the OS. gc's mheap.go, mcentral.go,
// mbitmap.go and mgcsweep.go are the model, simplified for one thread:
// no mcache, the whole heap swept at the end of each collection.
//
// The arena is one reservation of address space made at start-up, so that
// a page map indexed by page number finds any address's span; only pages
// that are touched cost memory. Free page runs are coalesced with their
// neighbours and kept in lists by length (gc's mheap before 1.12).

#include "mheap.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
    // Address space reserved for the heap: a program whose live heap
    // outgrows it stops with gc's "out of memory".
    ARENA_BYTES = (uintptr_t)256 << 30,
    ARENA_PAGES = ARENA_BYTES >> GOLLY_PAGE_SHIFT,
    // Free runs shorter than this are kept in a list per length.
    RUN_LISTS = 128,
};

uintptr_t golly_arena_lo, golly_arena_used;
static uintptr_t arena_hi;
golly_span **golly_pagemap;
golly_heap_counters golly_heap;

static golly_span *runs[RUN_LISTS];     // free runs of n pages, n < RUN_LISTS
static golly_span *long_runs;           // the others
static golly_span *all_spans;           // spans with objects
static golly_span *spare_spans;         // span records to reuse

// Per size class and scan/noscan: the span being allocated from and the
// spans with free slots.
static golly_span *current[GOLLY_NUM_CLASSES][2];
static golly_span *partial[GOLLY_NUM_CLASSES][2];

static void out_of_memory(void) __attribute__((noreturn));
static void out_of_memory(void) {
    golly_throw("runtime: out of memory");
}

static void *map_noreserve(size_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        out_of_memory();
    return p;
}

static void heap_init(void) {
    uintptr_t p = (uintptr_t)map_noreserve(ARENA_BYTES + GOLLY_PAGE_SIZE);
    golly_arena_lo = (p + GOLLY_PAGE_SIZE - 1) & ~(uintptr_t)(GOLLY_PAGE_SIZE - 1);
    golly_arena_used = golly_arena_lo;
    arena_hi = golly_arena_lo + ARENA_BYTES;
    golly_pagemap = map_noreserve(ARENA_PAGES * sizeof(golly_span *));
    golly_heap.sys = ARENA_PAGES * sizeof(golly_span *) / 1024;  // the map's touched part, roughly
}

static golly_span *span_record(void) {
    golly_span *s = spare_spans;
    if (s != NULL)
        spare_spans = s->next;
    else if ((s = malloc(sizeof *s)) == NULL)
        out_of_memory();
    memset(s, 0, sizeof *s);
    return s;
}

static void *zalloc(size_t n) {
    void *p = calloc(1, n);
    if (p == NULL)
        out_of_memory();
    return p;
}

// ---- Free page runs.

static golly_span **run_list(uintptr_t npages) {
    return npages < RUN_LISTS ? &runs[npages] : &long_runs;
}

static void run_insert(golly_span *s) {
    golly_span **list = run_list(s->npages);
    s->prev = NULL;
    s->next = *list;
    if (*list != NULL)
        (*list)->prev = s;
    *list = s;
}

static void run_remove(golly_span *s) {
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        *run_list(s->npages) = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
}

static uintptr_t page_of(uintptr_t addr) {
    return (addr - golly_arena_lo) >> GOLLY_PAGE_SHIFT;
}

// A free run is found from its neighbours through its first and last pages.
static void mark_run_ends(golly_span *s) {
    golly_pagemap[page_of(s->base)] = s;
    golly_pagemap[page_of(s->limit) - 1] = s;
}

static void set_range(golly_span *s, uintptr_t base, uintptr_t npages) {
    s->base = base;
    s->npages = npages;
    s->limit = base + (npages << GOLLY_PAGE_SHIFT);
}

// Merges the free run `neighbour` into s, which then starts at base; the
// neighbour's record waits for reuse.
static void absorb(golly_span *s, golly_span *neighbour, uintptr_t base) {
    run_remove(neighbour);
    if (neighbour->scavenged)
        golly_heap.released -= neighbour->npages << GOLLY_PAGE_SHIFT;
    set_range(s, base, s->npages + neighbour->npages);
    neighbour->state = SPAN_DEAD;
    neighbour->next = spare_spans;
    spare_spans = neighbour;
}

// Frees a span's pages: merged with free neighbours, back in the lists.
static void free_pages(golly_span *s) {
    s->state = SPAN_FREE;
    golly_heap.inuse -= s->npages << GOLLY_PAGE_SHIFT;
    golly_heap.idle += s->npages << GOLLY_PAGE_SHIFT;
    free(s->allocbits);
    s->allocbits = s->markbits = s->ptrbits = NULL;
    s->needzero = true;
    s->scavenged = false;
    uintptr_t first = page_of(s->base);
    if (first > 0) {
        golly_span *before = golly_pagemap[first - 1];
        if (before != NULL && before->state == SPAN_FREE && before->limit == s->base)
            absorb(s, before, before->base);
    }
    if (s->limit < golly_arena_used) {
        golly_span *after = golly_pagemap[page_of(s->limit)];
        if (after != NULL && after->state == SPAN_FREE && after->base == s->limit)
            absorb(s, after, s->base);
    }
    mark_run_ends(s);
    run_insert(s);
}

// A span of npages pages, every page mapped to it.
static golly_span *alloc_pages(uintptr_t npages) {
    golly_span *s = NULL;
    for (uintptr_t n = npages; n < RUN_LISTS && s == NULL; n++)
        s = runs[n];
    if (s == NULL) {
        for (golly_span *r = long_runs; r != NULL; r = r->next) {
            if (r->npages >= npages && (s == NULL || r->npages < s->npages))
                s = r;
        }
    }
    if (s != NULL) {
        run_remove(s);
        golly_heap.idle -= s->npages << GOLLY_PAGE_SHIFT;
        if (s->scavenged)
            golly_heap.released -= s->npages << GOLLY_PAGE_SHIFT;
        if (s->npages > npages) {
            golly_span *rest = span_record();
            set_range(rest, s->base + (npages << GOLLY_PAGE_SHIFT), s->npages - npages);
            rest->state = SPAN_FREE;
            rest->needzero = s->needzero;
            rest->scavenged = s->scavenged;
            golly_heap.idle += rest->npages << GOLLY_PAGE_SHIFT;
            if (rest->scavenged)
                golly_heap.released += rest->npages << GOLLY_PAGE_SHIFT;
            mark_run_ends(rest);
            run_insert(rest);
            set_range(s, s->base, npages);
        }
    } else {
        if (golly_arena_lo == 0)
            heap_init();
        if (npages > (arena_hi - golly_arena_used) >> GOLLY_PAGE_SHIFT)
            out_of_memory();
        s = span_record();
        set_range(s, golly_arena_used, npages);
        golly_arena_used = s->limit;
        golly_heap.sys += npages << GOLLY_PAGE_SHIFT;
    }
    // A run's record becomes the span: only its pages and their state carry over.
    golly_span fresh = {.needzero = s->needzero, .scavenged = s->scavenged};
    set_range(&fresh, s->base, s->npages);
    *s = fresh;
    golly_heap.inuse += npages << GOLLY_PAGE_SHIFT;
    uintptr_t first = page_of(s->base);
    for (uintptr_t i = 0; i < npages; i++)
        golly_pagemap[first + i] = s;
    s->next = s->prev = NULL;
    s->allnext = all_spans;
    all_spans = s;
    return s;
}

// ---- Small objects.

static golly_span *new_small_span(int c, bool noscan) {
    golly_span *s = alloc_pages(golly_class_pages(c));
    s->state = SPAN_SMALL;
    s->sizeclass = c;
    s->noscan = noscan;
    s->elemsize = golly_class_size(c);
    s->nelems = (uint32_t)((s->npages << GOLLY_PAGE_SHIFT) / s->elemsize);
    s->divmul = (uint32_t)(~(uint32_t)0 / (uint32_t)s->elemsize + 1);
    size_t words = (s->nelems + 63) / 64;
    size_t ptrwords = noscan ? 0 : ((s->npages << GOLLY_PAGE_SHIFT) / 8 + 63) / 64;
    s->allocbits = zalloc((2 * words + ptrwords) * sizeof(uint64_t));
    s->markbits = s->allocbits + words;
    s->ptrbits = noscan ? NULL : s->markbits + words;
    // Slots past the last object never look free.
    if (s->nelems % 64 != 0)
        s->allocbits[words - 1] = ~(uint64_t)0 << (s->nelems % 64);
    return s;
}

static golly_span *refill(int c, bool noscan) {
    golly_span *s = partial[c][noscan];
    if (s != NULL)
        partial[c][noscan] = s->next;
    else
        s = new_small_span(c, noscan);
    s->next = NULL;
    current[c][noscan] = s;
    return s;
}

// Records where an object's pointers are: its type's bitmap, repeated for
// each element that fits (mallocgc of arrays), zeros elsewhere.
static void set_pointer_bits(golly_span *s, uintptr_t index, const golly_type *t) {
    uintptr_t words = s->elemsize / 8;
    uintptr_t first = index * words;
    uint64_t *bits = s->ptrbits;
    for (uintptr_t w = first; w < first + words; ) {
        if (w % 64 == 0 && w + 64 <= first + words) {
            bits[w / 64] = 0;
            w += 64;
        } else {
            bits[w / 64] &= ~((uint64_t)1 << (w % 64));
            w++;
        }
    }
    uintptr_t step = t->size / 8, ptrwords = t->ptrdata / 8;
    for (uintptr_t e = 0; e + step <= words && step > 0; e += step) {
        for (uintptr_t i = 0; i < ptrwords; i++) {
            if (t->gcdata[i / 8] >> (i % 8) & 1) {
                uintptr_t w = first + e + i;
                bits[w / 64] |= (uint64_t)1 << (w % 64);
            }
        }
    }
}

static void *alloc_small(uintptr_t size, const golly_type *t, bool noscan) {
    int c = golly_size_class(size);
    golly_span *s = current[c][noscan];
    if (s == NULL || s->allocated == s->nelems)
        s = refill(c, noscan);
    uint32_t i = s->freeindex;
    uint64_t word = s->allocbits[i / 64] | (((uint64_t)1 << (i % 64)) - 1);
    while (word == ~(uint64_t)0) {
        i = (i / 64 + 1) * 64;
        word = s->allocbits[i / 64];
    }
    i = (i / 64) * 64 + (uint32_t)__builtin_ctzll(~word);
    s->allocbits[i / 64] |= (uint64_t)1 << (i % 64);
    s->freeindex = i + 1;
    s->allocated++;
    void *p = (void *)(s->base + (uintptr_t)i * s->elemsize);
    if (s->needzero)
        memset(p, 0, s->elemsize);
    if (!noscan)
        set_pointer_bits(s, i, t);
    golly_heap.live += s->elemsize;
    golly_heap.total_alloc += s->elemsize;
    golly_heap.mallocs++;
    golly_heap.class_mallocs[c]++;
    return p;
}

static void *alloc_large(uintptr_t size, const golly_type *t, bool noscan) {
    uintptr_t npages = (size + GOLLY_PAGE_SIZE - 1) >> GOLLY_PAGE_SHIFT;
    golly_span *s = alloc_pages(npages);
    s->state = SPAN_LARGE;
    s->noscan = noscan;
    s->elemsize = s->npages << GOLLY_PAGE_SHIFT;
    s->nelems = 1;
    s->allocated = 1;
    s->allocbits = zalloc(2 * sizeof(uint64_t));
    s->allocbits[0] = 1;
    s->markbits = s->allocbits + 1;
    s->largetype = noscan ? NULL : t;
    s->largesize = size;
    if (s->needzero)
        memset((void *)s->base, 0, size);
    golly_heap.live += s->elemsize;
    golly_heap.total_alloc += s->elemsize;
    golly_heap.mallocs++;
    return (void *)s->base;
}

void *golly_heap_alloc(uintptr_t size, const golly_type *t) {
    bool noscan = t == NULL || t->ptrdata == 0;
    if (size <= GOLLY_MAX_SMALL_SIZE)
        return alloc_small(size, t, noscan);
    if (size > ARENA_BYTES)
        out_of_memory();
    return alloc_large(size, t, noscan);
}

// ---- Sweeping (mgcsweep.go): every span at once, after marking.

static void push_partial(golly_span *s) {
    golly_span **list = &partial[s->sizeclass][s->noscan];
    s->next = *list;
    *list = s;
}

uint64_t golly_heap_sweep(void) {
    for (int c = 0; c < GOLLY_NUM_CLASSES; c++)
        current[c][0] = current[c][1] = partial[c][0] = partial[c][1] = NULL;
    uint64_t live = 0;
    golly_span **link = &all_spans;
    while (*link != NULL) {
        golly_span *s = *link;
        uint32_t marked = 0;
        size_t words = (s->nelems + 63) / 64;
        for (size_t w = 0; w < words; w++)
            marked += (uint32_t)__builtin_popcountll(s->markbits[w]);
        golly_heap.frees += s->allocated - marked;
        if (s->state == SPAN_SMALL)
            golly_heap.class_frees[s->sizeclass] += s->allocated - marked;
        if (marked == 0) {
            *link = s->allnext;
            free_pages(s);
            continue;
        }
        link = &s->allnext;
        live += (uint64_t)marked * s->elemsize;
        if (s->state == SPAN_LARGE) {
            s->markbits[0] = 0;
            continue;
        }
        // The marks become the allocation bits (gc's allocBits = gcmarkBits).
        memcpy(s->allocbits, s->markbits, words * sizeof(uint64_t));
        memset(s->markbits, 0, words * sizeof(uint64_t));
        if (s->nelems % 64 != 0)
            s->allocbits[words - 1] |= ~(uint64_t)0 << (s->nelems % 64);
        if (marked < s->allocated)
            s->needzero = true;
        s->allocated = marked;
        s->freeindex = 0;
        if (marked < s->nelems)
            push_partial(s);
    }
    golly_heap.live = live;
    return live;
}

// ---- Returning memory (mgcscavenge.go), in bulk after a collection.

static void scavenge_run(golly_span *s) {
    if (s->scavenged)
        return;
    madvise((void *)s->base, s->npages << GOLLY_PAGE_SHIFT, MADV_DONTNEED);
    s->scavenged = true;
    s->needzero = false;    // private anonymous pages come back zeroed
    golly_heap.released += s->npages << GOLLY_PAGE_SHIFT;
}

void golly_heap_scavenge(uint64_t keep) {
    for (golly_span *s = long_runs; s != NULL && golly_heap.idle - golly_heap.released > keep; s = s->next)
        scavenge_run(s);
    for (int n = RUN_LISTS - 1; n > 0; n--) {
        for (golly_span *s = runs[n]; s != NULL && golly_heap.idle - golly_heap.released > keep; s = s->next)
            scavenge_run(s);
    }
}
