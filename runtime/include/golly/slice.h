// Slices and strings: the runtime entry points compiled code calls for make,
// append, conversions and range over strings (gc: runtime/slice.go,
// string.go, utf8.go). Results are at most two words so that C's and LLVM's
// ways of returning them agree (a third word would go through memory in C).
#ifndef GOLLY_SLICE_H
#define GOLLY_SLICE_H

#include "abi.h"

// make([]T, len, cap) for elements of `elemsize` bytes: zeroed memory for cap
// elements. Panics as gc's makeslice does: `runtime error: makeslice: len out
// of range` / `... cap out of range` (len < 0, len > cap, or too large).
void *golly_makeslice(const golly_type *elem, go_int len, go_int cap) GOLLY_NAME("runtime.makeslice");

// The new backing array when append needs room for `newlen` elements:
// gc 1.19's growslice growth policy (double below 256 elements, then grow by
// (n + 3*256)/4 until enough) followed by roundupsize to gc's malloc size
// classes, so that cap() prints what gc prints. Copies the old elements.
typedef struct {
    void *ptr;
    go_int cap;
} golly_grown;
golly_grown golly_growslice(void *oldptr, go_int oldlen, go_int oldcap, go_int newlen, const golly_type *elem) GOLLY_NAME("runtime.growslice");

// Slice-expression bounds failures, with gc's boundsError codes
// (runtime/error.go: boundsSliceAlen ... boundsSlice3C) and texts.
void golly_panicSlice(go_int x, go_int y, uint8_t code) GOLLY_NAME("runtime.panicSlice") __attribute__((noreturn));

// string(b) for a []byte: a copy.
go_string golly_slicebytetostring(const uint8_t *p, go_int n) GOLLY_NAME("runtime.slicebytetostring");
// []byte(s): a fresh copy of n bytes, with gc's capacity for an escaping
// result (the size class of n; the compiler uses n for a constant s, as gc does).
golly_grown golly_stringtoslicebyte(const uint8_t *p, go_int n) GOLLY_NAME("runtime.stringtoslicebyte");
// []rune(s): the decoded runes (invalid UTF-8 decodes to U+FFFD, one byte at a time).
typedef struct {
    int32_t *ptr;
    go_int len;             // cap is roundupsize(len * 4) / 4 (runtime.roundupsize)
} golly_runes;
golly_runes golly_stringtoslicerune(const uint8_t *p, go_int n) GOLLY_NAME("runtime.stringtoslicerune");
// msize.go roundupsize: the bytes an allocation of size bytes really gets.
uintptr_t golly_roundupsize_go(uintptr_t size) GOLLY_NAME("runtime.roundupsize");
// string(r) for a []rune.
go_string golly_slicerunetostring(const int32_t *p, go_int n) GOLLY_NAME("runtime.slicerunetostring");

// for i, r := range s: the rune at byte offset k (k < n) and the offset after
// it, as gc's decoderune (invalid encodings give U+FFFD and advance one byte).
typedef struct {
    int32_t rune;
    go_int next;
} golly_decoded;
golly_decoded golly_decoderune(const uint8_t *p, go_int n, go_int k) GOLLY_NAME("runtime.decoderune");

#endif
