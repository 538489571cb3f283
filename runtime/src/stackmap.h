// The stack maps of compiled Go code (stackmap.c), read by the collector's
// frame walk (mgcmark.c).
#ifndef GOLLY_STACKMAP_H
#define GOLLY_STACKMAP_H

#include "internal.h"

// A frame slot's descriptor with this bit set: scan its first (d & ~bit)
// words; otherwise d is a bitmap of the words to scan
// (IRGen/Statepoints.swift wholeSlot).
#define GOLLY_SLOT_WHOLE ((uint64_t)1 << 63)

// The Go frame that called through return address `ret`, with stack
// pointer `sp` at the call and frame pointer `fp`: calls mark on every word
// that may hold a heap pointer (live heap pointers, described frame slots)
// and returns true; false when `ret` is not a described call site of Go
// code (a C frame, or a frame to scan conservatively).
bool golly_stackmap_scan(uintptr_t ret, uintptr_t sp, uintptr_t fp, void (*mark)(uintptr_t));

#endif
