// Conversions between strings and byte or rune slices: runtime/string.go
// slicebytetostring, stringtoslicebyte, stringtoslicerune, slicerunetostring.
// Each result is a fresh copy, since strings are immutable and slices are not.

#include "internal.h"
#include "golly/slice.h"

#include <string.h>

// string.go slicebytetostring: "" for no bytes; a one-byte string points
// into a static table instead of allocating (gc's staticuint64s).
go_string golly_slicebytetostring(const uint8_t *p, go_int n) {
    static uint8_t bytes[256];
    if (n == 0)
        return (go_string){NULL, 0};
    if (n == 1) {
        bytes[p[0]] = p[0];
        return (go_string){&bytes[p[0]], 1};
    }
    uint8_t *s = golly_alloc(n);
    memcpy(s, p, (size_t)n);
    return (go_string){s, n};
}

// string.go stringtoslicebyte via rawbyteslice: the capacity is the
// allocation's size class, as gc's is for a result that escapes.
golly_grown golly_stringtoslicebyte(const uint8_t *p, go_int n) {
    go_int cap = (go_int)golly_roundupsize((uintptr_t)n);
    uint8_t *b = golly_alloc(cap);
    if (n > 0)
        memcpy(b, p, (size_t)n);
    return (golly_grown){b, cap};
}

// string.go stringtoslicerune: two passes, counting runes then decoding.
golly_runes golly_stringtoslicerune(const uint8_t *p, go_int n) {
    go_int count = 0;
    for (go_int k = 0; k < n; k = golly_decoderune(p, n, k).next)
        count++;
    // rawruneslice: the whole size class, whose tail the capacity covers.
    int32_t *runes = golly_alloc((go_int)golly_roundupsize((uintptr_t)count * sizeof(int32_t)));
    go_int i = 0;
    for (go_int k = 0; k < n;) {
        golly_decoded d = golly_decoderune(p, n, k);
        runes[i++] = d.rune;
        k = d.next;
    }
    return (golly_runes){runes, count};
}

// string.go slicerunetostring: invalid runes (surrogates, negative, beyond
// U+10FFFF) are encoded as U+FFFD.
go_string golly_slicerunetostring(const int32_t *p, go_int n) {
    uint8_t buf[4];
    go_int size = 0;
    for (go_int i = 0; i < n; i++)
        size += golly_encoderune(buf, p[i]);
    if (size == 0)
        return (go_string){NULL, 0};
    uint8_t *s = golly_alloc(size);
    go_int at = 0;
    for (go_int i = 0; i < n; i++)
        at += golly_encoderune(s + at, p[i]);
    return (go_string){s, size};
}
