// Memory allocation: the counterpart of gc's mallocgc (runtime/malloc.go),
// for now without a collector.
//
// Every allocation names the type of the object (newobject, makeslice,
// growslice and the runtime's own typed records) or says it holds no
// pointers (mallocgc with a NULL type), so the collector can scan objects
// precisely by their descriptors' pointer bitmaps (abi.h ptrdata, gcdata).
//
// TODO(gc): this is a bump allocator over large mmap'd chunks that never
// frees anything and does not record the types yet. The precise,
// non-moving collector of docs/DESIGN.md §7 (size classes with a type per
// object, roots from LLVM stack maps) replaces it in a later issue; the
// entry points' contract -- zeroed memory, 16-byte aligned, owned by the
// collector -- stays the same.

#include "internal.h"

#include <sys/mman.h>

enum {
    ALIGN = 16,
    CHUNK_SIZE = 4 << 20,
    // Objects larger than this get a mapping of their own, so that a big
    // allocation never wastes the rest of a chunk.
    LARGE_OBJECT = CHUNK_SIZE / 4,
};

// malloc.go zerobase: the address of every zero-size allocation.
static uint64_t zerobase[2] __attribute__((aligned(ALIGN)));

static uint8_t *chunk_next;
static uint8_t *chunk_end;

// malloc.go: throw("out of memory"), printed as gc does when the OS
// refuses memory ("fatal error: runtime: out of memory").
static void out_of_memory(void) __attribute__((noreturn));
static void out_of_memory(void) {
    golly_throw("runtime: out of memory");
}

static void *map_zeroed(size_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        out_of_memory();
    return p;   // fresh anonymous mappings are zero-filled
}

void *golly_mallocgc(uintptr_t size, const golly_type *t) {
    (void)t;    // the collector's: see the TODO above
    if (size == 0)
        return zerobase;
    if ((uint64_t)size > ((uint64_t)1 << 47))
        out_of_memory();
    size_t rounded = ((size_t)size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (rounded > LARGE_OBJECT)
        return map_zeroed(rounded);
    if ((size_t)(chunk_end - chunk_next) < rounded) {
        chunk_next = map_zeroed(CHUNK_SIZE);
        chunk_end = chunk_next + CHUNK_SIZE;
    }
    void *p = chunk_next;
    chunk_next += rounded;
    return p;
}

void *golly_alloc(go_int size) {
    if (size < 0)
        out_of_memory();
    return golly_mallocgc((uintptr_t)size, NULL);
}

void *golly_newobject(const golly_type *t) {
    return golly_mallocgc(t->size, t);
}
