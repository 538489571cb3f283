// UTF-8 as the runtime sees it: runtime/utf8.go encoderune and decoderune
// (the same rules as unicode/utf8). Invalid input never fails: it becomes
// U+FFFD (runeError), one byte at a time when decoding.

#include "internal.h"
#include "golly/slice.h"

enum {
    RUNE_ERROR = 0xFFFD,
    MAX_RUNE = 0x10FFFF,
    SURROGATE_MIN = 0xD800,
    SURROGATE_MAX = 0xDFFF,
};

// utf8.go encoderune: surrogate halves and values above U+10FFFF (and,
// through the uint32 view, negative ones) become U+FFFD. Returns the length.
int golly_encoderune(uint8_t p[4], int32_t r) {
    uint32_t i = (uint32_t)r;
    if (i <= 0x7F) {
        p[0] = (uint8_t)i;
        return 1;
    }
    if (i <= 0x7FF) {
        p[0] = (uint8_t)(0xC0 | (i >> 6));
        p[1] = (uint8_t)(0x80 | (i & 0x3F));
        return 2;
    }
    if (i > MAX_RUNE || (i >= SURROGATE_MIN && i <= SURROGATE_MAX))
        i = RUNE_ERROR;
    if (i <= 0xFFFF) {
        p[0] = (uint8_t)(0xE0 | (i >> 12));
        p[1] = (uint8_t)(0x80 | ((i >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (i & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | (i >> 18));
    p[1] = (uint8_t)(0x80 | ((i >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((i >> 6) & 0x3F));
    p[3] = (uint8_t)(0x80 | (i & 0x3F));
    return 4;
}

static bool continuation(uint8_t b) {
    return (b & 0xC0) == 0x80;
}

// utf8.go decoderune, extended to ASCII (gc's compiled range loop decodes
// bytes below 0x80 inline and calls decoderune only for the others; here
// either works). A sequence is accepted only if it is complete, uses
// continuation bytes 10xxxxxx, is the shortest encoding of its value
// (overlong forms are rejected by the value ranges below) and is not a
// surrogate half or beyond U+10FFFF. Anything else, including an offset at
// or past the end, is U+FFFD with a width of one byte.
golly_decoded golly_decoderune(const uint8_t *p, go_int n, go_int k) {
    golly_decoded bad = {RUNE_ERROR, k + 1};
    if (k >= n)
        return bad;
    const uint8_t *s = p + k;
    go_int left = n - k;
    uint8_t b0 = s[0];
    if (b0 < 0x80)
        return (golly_decoded){b0, k + 1};
    if (b0 >= 0xC0 && b0 < 0xE0) {              // 0080-07FF
        if (left > 1 && continuation(s[1])) {
            int32_t r = (int32_t)(b0 & 0x1F) << 6 | (s[1] & 0x3F);
            if (r > 0x7F)
                return (golly_decoded){r, k + 2};
        }
    } else if (b0 >= 0xE0 && b0 < 0xF0) {       // 0800-FFFF
        if (left > 2 && continuation(s[1]) && continuation(s[2])) {
            int32_t r = (int32_t)(b0 & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
            if (r > 0x7FF && !(r >= SURROGATE_MIN && r <= SURROGATE_MAX))
                return (golly_decoded){r, k + 3};
        }
    } else if (b0 >= 0xF0 && b0 < 0xF8) {       // 10000-10FFFF
        if (left > 3 && continuation(s[1]) && continuation(s[2]) && continuation(s[3])) {
            int32_t r = (int32_t)(b0 & 0x07) << 18 | (int32_t)(s[1] & 0x3F) << 12 |
                        (int32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
            if (r > 0xFFFF && r <= MAX_RUNE)
                return (golly_decoded){r, k + 4};
        }
    }
    return bad;
}
