// Memory allocation: the counterpart of gc's mallocgc (runtime/malloc.go).
//
// Every allocation names the type of the object (newobject, makeslice,
// growslice and the runtime's own typed records) or says it holds no
// pointers (mallocgc with a NULL type), so the collector scans objects
// precisely by their descriptors' pointer bitmaps (abi.h ptrdata, gcdata).
// The memory comes from the collector (collector.h): zeroed, 8-byte
// aligned (16 from 16 bytes on), freed once unreachable.

#include "collector.h"
#include "internal.h"

// malloc.go zerobase: the address of every zero-size allocation.
static uint64_t zerobase[2] __attribute__((aligned(16)));

void *golly_mallocgc(uintptr_t size, const golly_type *t) {
    if (size == 0)
        return zerobase;
    // malloc.go: throw("out of memory") for what no heap can hold.
    if ((uint64_t)size > ((uint64_t)1 << 47))
        golly_throw("runtime: out of memory");
    return golly_gc_alloc(size, t);
}

void *golly_alloc(go_int size) {
    if (size < 0)
        golly_throw("runtime: out of memory");
    return golly_mallocgc((uintptr_t)size, NULL);
}

void *golly_newobject(const golly_type *t) {
    return golly_mallocgc(t->size, t);
}
