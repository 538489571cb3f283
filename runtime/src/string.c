// String operations: runtime/string.go (concatstrings, intstring),
// internal/bytealg (cmpstring); encoderune is in utf8.c.

#include "internal.h"

#include <string.h>

// string.go concatstrings: when one operand is empty the result is the other
// operand itself, without a copy (strings are immutable).
go_string golly_concatstring2(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) {
    if (alen == 0)
        return (go_string){b, blen};
    if (blen == 0)
        return (go_string){a, alen};
    go_int len = alen + blen;
    if (len < 0)    // string.go: throw("string concatenation too long")
        golly_throw("string concatenation too long");
    uint8_t *p = golly_alloc(len);
    memcpy(p, a, (size_t)alen);
    memcpy(p + alen, b, (size_t)blen);
    return (go_string){p, len};
}

// internal/bytealg compare: bytewise lexicographic order, shorter prefix first.
go_int golly_cmpstring(const uint8_t *a, go_int alen, const uint8_t *b, go_int blen) {
    go_int n = alen < blen ? alen : blen;
    if (n > 0 && a != b) {
        int c = memcmp(a, b, (size_t)n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    if (alen < blen)
        return -1;
    if (alen > blen)
        return 1;
    return 0;
}

// string.go intstring: string(rune(v)) for any integer v. A value that does
// not survive the round trip through rune (int32) is runeError (U+FFFD).
go_string golly_intstring(uint8_t *buf, int64_t v) {
    // One static copy of every single-byte string, like gc's staticuint64s,
    // so string(rune) of ASCII does not allocate.
    static uint8_t ascii[128];
    if (v >= 0 && v < 128) {
        ascii[v] = (uint8_t)v;
        return (go_string){&ascii[v], 1};
    }
    if ((int64_t)(int32_t)v != v)
        v = 0xFFFD;
    // buf: the compiler's 4 bytes in the frame for a string that does not
    // escape (gc's intstring(buf *[4]byte, v)), else NULL.
    uint8_t bytes[4];
    int n = golly_encoderune(bytes, (int32_t)v);
    uint8_t *p = buf != NULL ? buf : golly_alloc(n);
    memcpy(p, bytes, (size_t)n);
    return (go_string){p, n};
}
