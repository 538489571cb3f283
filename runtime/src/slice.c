// Slices: make, append's growth and slice-expression bounds failures
// (runtime/slice.go makeslice, growslice; runtime/panic.go goPanicSlice*).

#include "internal.h"
#include "golly/slice.h"

#include <string.h>

// malloc.go maxAlloc on linux/amd64: 1 << heapAddrBits (48).
#define MAX_ALLOC ((uintptr_t)1 << 48)


// slice.go panicmakeslicelen, panicmakeslicecap, and growslice's panic.
static const go_string makeslice_len_error = GO_STRING("makeslice: len out of range");
static const go_string makeslice_cap_error = GO_STRING("makeslice: cap out of range");
static const go_string growslice_cap_error = GO_STRING("growslice: cap out of range");

// Whether n elements of `elemsize` bytes fit in maxAlloc; *bytes gets the
// size (math.MulUintptr plus slice.go's `mem > maxAlloc` test, with n read
// as uintptr so that a negative n is huge).
static bool fits(go_int elemsize, go_int n, uintptr_t *bytes) {
    uintptr_t mem;
    if (__builtin_mul_overflow((uintptr_t)elemsize, (uintptr_t)n, &mem) || mem > MAX_ALLOC)
        return false;
    *bytes = mem;
    return true;
}

// slice.go makeslice. When cap is bad, gc still blames len if len alone is
// bad, since a make([]T, n) supplies cap only implicitly (golang.org/issue/4085):
// len < 0 or too large -> len out of range; otherwise len > cap, cap < 0 or
// cap too large -> cap out of range.
void *golly_makeslice(const golly_type *elem, go_int len, go_int cap) {
    go_int elemsize = (go_int)elem->size;
    uintptr_t mem;
    if (!fits(elemsize, cap, &mem) || len < 0 || len > cap) {
        uintptr_t len_mem;
        if (!fits(elemsize, len, &len_mem) || len < 0)
            golly_panic_errorstring(&makeslice_len_error);
        golly_panic_errorstring(&makeslice_cap_error);
    }
    return golly_mallocgc(mem, elem);
}

// slice.go growslice: the new capacity for at least `newlen` elements.
// Below 256 elements the capacity doubles; above, it grows by
// (cap + 3*256)/4 at a time, a smooth passage from 2x to 1.25x. A request
// beyond twice the old capacity is taken as it is. The result is then
// widened to fill the size class the allocation lands in.
static go_int grown_capacity(go_int oldcap, go_int newlen) {
    enum { THRESHOLD = 256 };
    go_int newcap = oldcap;
    go_int doublecap = newcap + newcap;
    if (newlen > doublecap)
        return newlen;
    if (oldcap < THRESHOLD)
        return doublecap;
    // 0 < newcap stops the loop if the additions overflow; the request is
    // then taken as it is.
    while (0 < newcap && newcap < newlen)
        newcap += (newcap + 3 * THRESHOLD) / 4;
    return newcap <= 0 ? newlen : newcap;
}

golly_grown golly_growslice(void *oldptr, go_int oldlen, go_int oldcap, go_int newlen, const golly_type *elem) {
    go_int elemsize = (go_int)elem->size;
    // newlen wrapped around: the sum len(s)+n overflowed int.
    if (newlen < oldcap)
        golly_panic_errorstring(&growslice_cap_error);
    // Zero-size elements need no memory: every such slice points to zerobase
    // (golly_alloc(0)) and gets exactly the capacity asked for.
    if (elemsize == 0)
        return (golly_grown){golly_alloc(0), newlen};

    go_int newcap = grown_capacity(oldcap, newlen);
    uintptr_t size = (uintptr_t)elemsize;
    // gc specializes sizes 1, 8 and powers of two (shifts instead of
    // multiplication and division); they compute the same capacity as the
    // general case, including its overflow test, which is all that matters
    // here. An overflowing product is huge, so the maxAlloc test rejects it.
    uintptr_t capmem;
    bool overflow = __builtin_mul_overflow(size, (uintptr_t)newcap, &capmem);
    if (!overflow)
        capmem = golly_roundupsize(capmem);
    if (overflow || capmem > MAX_ALLOC)
        golly_panic_errorstring(&growslice_cap_error);
    newcap = (go_int)(capmem / size);

    // mallocgc zeroes everything, so the tail past the old elements is
    // zero as gc's memclr after mallocgc leaves it.
    void *p = golly_mallocgc(capmem, elem);
    if (oldlen > 0)
        memmove(p, oldptr, (size_t)oldlen * size);
    return (golly_grown){p, newcap};
}

// panic.go goPanicSliceAlen ... goPanicSlice3C: the signed variants; `code`
// is the boundsError code (internal.h GOLLY_BOUNDS_SLICE_ALEN ...
// GOLLY_BOUNDS_SLICE3_C) that picks the message.
void golly_panicSlice(go_int x, go_int y, uint8_t code) {
    golly_panic_bounds(x, y, true, code);
}
