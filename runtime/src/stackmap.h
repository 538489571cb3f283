// The stack maps of compiled Go code (stackmap.c), read by the collector's
// frame walk (mgcmark.c).
#ifndef GOLLY_STACKMAP_H
#define GOLLY_STACKMAP_H

#include "internal.h"

// What a Go frame holds for the collector (mgcmark.c).
typedef struct {
    // A word that may point into the heap or into the goroutine's stack
    // (a live heap pointer, a frame address, a word of a described slot).
    void (*word)(uintptr_t value);
    // A stack object: a frame slot whose address is a Go pointer, to scan
    // (the words `bitmap` selects, all when it is all ones) only if a live
    // pointer reaches it.
    void (*object)(uintptr_t addr, uintptr_t size, uint64_t bitmap);
} golly_frame_visitor;

// The Go frame that called through return address `ret`, with stack
// pointer `sp` at the call and frame pointer `fp`: visits what it holds and
// returns true; false when `ret` is not a described call site of Go code
// (a C frame, or a frame to scan conservatively).
bool golly_stackmap_scan(uintptr_t ret, uintptr_t sp, uintptr_t fp, const golly_frame_visitor *v);

// Calls word() for each word of [addr, addr+size) that bitmap selects.
void golly_scan_slot(uintptr_t addr, uintptr_t size, uint64_t bitmap, void (*word)(uintptr_t));

// A stack object of the goroutine being scanned (gc's mgcstack.go).
typedef struct {
    uintptr_t addr, size;
    uint64_t bitmap;
    bool scanned;
} golly_stack_object;

// Merges the objects of an address-sorted array that overlap (LLVM's
// stack colouring gives slots with disjoint lifetimes one place) into
// one object covering them, with the union of their words to scan, so
// that a search by address finds a single object; returns the new count.
size_t golly_merge_stack_objects(golly_stack_object *objects, size_t n);

#endif
