// Slices and strings (slice.c, msize.c, stringconv.c, utf8.c) against what
// gc 1.19 printed: append capacities (growslice_gc.inc), make and slice
// expression panics, and UTF-8 decoding.

#include "harness.h"
#include "golly/slice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// A pointer-free element type of `size` bytes: [size]uint8.
static const golly_type *sized(go_int size) {
    golly_arraytype *t = calloc(1, sizeof *t);
    t->type.size = (uintptr_t)size;
    t->type.kind = GOLLY_KIND_ARRAY;
    t->len = (uintptr_t)size;
    return &t->type;
}

static const struct {
    go_int elemsize, len, cap, newlen, newcap;
} grown[] = {
#include "growslice_gc.inc"
};

// In a child (the rows allocate about 100 MB that is never freed): every
// growth gives gc's capacity and keeps the old elements.
static void check_growth(void) {
    static uint8_t source[1 << 20];
    for (size_t i = 0; i < sizeof source; i++)
        source[i] = (uint8_t)(i * 7 + 1);
    int bad = 0;
    for (size_t i = 0; i < sizeof grown / sizeof *grown; i++) {
        go_int es = grown[i].elemsize, len = grown[i].len;
        golly_grown g = golly_growslice(source, len, grown[i].cap, grown[i].newlen, sized(es));
        go_int bytes = len * es;
        bool copied = es == 0 || memcmp(g.ptr, source, (size_t)bytes) == 0;
        bool zeroed = true;
        for (go_int k = bytes; k < g.cap * es && zeroed; k++)
            zeroed = ((uint8_t *)g.ptr)[k] == 0;
        if (g.cap != grown[i].newcap || !copied || !zeroed) {
            fprintf(stderr, "growslice(elemsize %ld, len %ld, cap %ld, newlen %ld) = cap %ld, want %ld%s%s\n",
                    (long)es, (long)len, (long)grown[i].cap, (long)grown[i].newlen, (long)g.cap,
                    (long)grown[i].newcap, copied ? "" : ", old elements lost", zeroed ? "" : ", tail not zero");
            bad++;
        }
    }
    fprintf(stderr, bad == 0 ? "growslice ok\n" : "growslice: %d bad rows\n", bad);
}

static void check_roundupsize(void) {
    static const uintptr_t cases[][2] = {
        {0, 0}, {1, 8}, {8, 8}, {9, 16}, {33, 48}, {1016, 1024}, {1017, 1024}, {1025, 1152},
        {3073, 3200}, {32767, 32768}, {32768, 32768}, {32769, 40960}, {40960, 40960},
        {UINTPTR_MAX - 100, UINTPTR_MAX - 100},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        uintptr_t got = golly_roundupsize(cases[i][0]);
        if (got != cases[i][1]) {
            fprintf(stderr, "FAIL roundupsize(%lu) = %lu, want %lu\n", (unsigned long)cases[i][0],
                    (unsigned long)got, (unsigned long)cases[i][1]);
            failures++;
        }
    }
}

// gc 1.19: make([]int, -1)                -> len out of range
//          make([]int, 5, 3)               -> cap out of range
//          make([]int, 1<<62)              -> len out of range
//          make([]int, 1, 1<<62)           -> cap out of range
//          make([]int, 1, -1)              -> cap out of range
//          make([]int, -1, 5)              -> len out of range
//          make([]byte, 1, 1<<48+1)        -> cap out of range
//          make([]byte, 1<<48+1)           -> len out of range
//          make([]struct{}, 1<<61)         -> fine
//          make([]struct{}, -1)            -> len out of range
//          make([]struct{}, 1, -1)         -> cap out of range
//          make([][4]byte, 1, 1<<62)       -> cap out of range (overflow)
//          s := make([]struct{}, 1<<62); s = append(s, s...); s = append(s, s...)
//                                          -> growslice: cap out of range
static void make_len_negative(void) { golly_makeslice(sized(8), -1, -1); }
static void make_len_above_cap(void) { golly_makeslice(sized(8), 5, 3); }
static void make_len_huge(void) { golly_makeslice(sized(8), (go_int)1 << 62, (go_int)1 << 62); }
static void make_cap_huge(void) { golly_makeslice(sized(8), 1, (go_int)1 << 62); }
static void make_cap_negative(void) { golly_makeslice(sized(8), 1, -1); }
static void make_len_negative_cap(void) { golly_makeslice(sized(8), -1, 5); }
static void make_bytes_cap(void) { golly_makeslice(sized(1), 1, ((go_int)1 << 48) + 1); }
static void make_bytes_len(void) { golly_makeslice(sized(1), ((go_int)1 << 48) + 1, ((go_int)1 << 48) + 1); }
static void make_empty_len(void) { golly_makeslice(sized(0), -1, -1); }
static void make_empty_cap(void) { golly_makeslice(sized(0), 1, -1); }
static void make_cap_overflow(void) { golly_makeslice(sized(4), 1, (go_int)1 << 62); }
static void grow_overflow(void) {
    go_int n = (go_int)1 << 62;
    golly_grown g = golly_growslice(golly_makeslice(sized(0), n, n), n, n, 2 * n, sized(0));
    golly_growslice(g.ptr, 2 * n, g.cap, (go_int)((uint64_t)4 * (uint64_t)n), sized(0));
}
static void make_fine(void) {
    uint64_t *p = golly_makeslice(sized(8), 3, 1000);
    bool zero = true;
    for (int i = 0; i < 1000; i++)
        zero = zero && p[i] == 0;
    golly_makeslice(sized(0), (go_int)1 << 61, (go_int)1 << 61);
    golly_makeslice(sized(8), 0, 0);
    golly_writestr(zero ? "zeroed\n" : "not zeroed\n");
}

// gc 1.19, s := make([]int, 3, 5); str := "abc":
//   str[:4]    -> slice bounds out of range [:4] with length 3
//   s[:6]      -> [:6] with capacity 5      s[2:1]    -> [2:1]
//   s[:-1]     -> [:-1]                     s[-1:]    -> [-1:]
//   s[:1:6]    -> [::6] with capacity 5     s[:6:5]   -> [:6:5]
//   s[2:1:5]   -> [2:1:]                    s[:-1:5]  -> [:-1:]
//   s[-1:1:5]  -> [-1::]                    s[:1:-1]  -> [::-1]
static void slice_alen(void) { golly_panicSlice(4, 3, GOLLY_BOUNDS_SLICE_ALEN); }
static void slice_acap(void) { golly_panicSlice(6, 5, GOLLY_BOUNDS_SLICE_ACAP); }
static void slice_b(void) { golly_panicSlice(2, 1, GOLLY_BOUNDS_SLICE_B); }
static void slice_acap_negative(void) { golly_panicSlice(-1, 5, GOLLY_BOUNDS_SLICE_ACAP); }
static void slice_b_negative(void) { golly_panicSlice(-1, 3, GOLLY_BOUNDS_SLICE_B); }
static void slice3_acap(void) { golly_panicSlice(6, 5, GOLLY_BOUNDS_SLICE3_ACAP); }
static void slice3_b(void) { golly_panicSlice(6, 5, GOLLY_BOUNDS_SLICE3_B); }
static void slice3_c(void) { golly_panicSlice(2, 1, GOLLY_BOUNDS_SLICE3_C); }
static void slice3_b_negative(void) { golly_panicSlice(-1, 5, GOLLY_BOUNDS_SLICE3_B); }
static void slice3_c_negative(void) { golly_panicSlice(-1, 1, GOLLY_BOUNDS_SLICE3_C); }
static void slice3_acap_negative(void) { golly_panicSlice(-1, 5, GOLLY_BOUNDS_SLICE3_ACAP); }

// The FNV-1a hash (over the rune's 4 little-endian bytes, then the next
// offset's low byte) of the first decoding of every 1- to 3-byte string and
// of 4-byte strings led by F0..F7, as gc's range loop yields them. gc 1.19
// printed 0x86c72c9cca9e8ca5 (its range loop decodes with decoderune).
static void check_decode_hash(void) {
    uint64_t h = 14695981039346656037u;
    uint8_t buf[4];
#define MIX(b) (h ^= (uint8_t)(b), h *= 1099511628211u)
#define FEED(n)                                                       \
    do {                                                              \
        golly_decoded d = golly_decoderune(buf, (n), 0);              \
        uint32_t u = (uint32_t)d.rune;                                \
        MIX(u); MIX(u >> 8); MIX(u >> 16); MIX(u >> 24); MIX(d.next); \
    } while (0)
    for (int a = 0; a < 256; a++) {
        buf[0] = (uint8_t)a;
        FEED(1);
        for (int b = 0; b < 256; b++) {
            buf[1] = (uint8_t)b;
            FEED(2);
            for (int c = 0; c < 256; c++) {
                buf[2] = (uint8_t)c;
                FEED(3);
            }
        }
    }
    static const uint8_t tails[] = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF};
    for (int a = 0xF0; a < 0xF8; a++)
        for (int b = 0x80; b < 0xC0; b++)
            for (int c = 0; c < 8; c++)
                for (int d = 0; d < 8; d++) {
                    buf[0] = (uint8_t)a, buf[1] = (uint8_t)b, buf[2] = tails[c], buf[3] = tails[d];
                    FEED(4);
                }
#undef FEED
#undef MIX
    if (h != 0x86c72c9cca9e8ca5u) {
        fprintf(stderr, "FAIL decoderune hash %#lx\n", (unsigned long)h);
        failures++;
    }
}

static void check_decode(const char *what, const char *s, go_int k, int32_t rune, go_int next) {
    golly_decoded d = golly_decoderune((const uint8_t *)s, (go_int)strlen(s), k);
    if (d.rune != rune || d.next != next) {
        fprintf(stderr, "FAIL decoderune %s: got (%#x, %ld), want (%#x, %ld)\n", what, d.rune,
                (long)d.next, rune, (long)next);
        failures++;
    }
}

static void check_runes(const char *s, go_int n, const int32_t *want, go_int count) {
    golly_runes r = golly_stringtoslicerune((const uint8_t *)s, n);
    if (r.len != count || (count > 0 && memcmp(r.ptr, want, (size_t)count * 4) != 0)) {
        fprintf(stderr, "FAIL []rune(%s): %ld runes\n", s, (long)r.len);
        failures++;
    }
}

static void check_string(const char *what, go_string got, const char *want, go_int n) {
    if (got.len != n || (n > 0 && memcmp(got.ptr, want, (size_t)n) != 0)) {
        fprintf(stderr, "FAIL %s: got %ld bytes\n", what, (long)got.len);
        failures++;
    }
}

static void check_conversions(void) {
    // gc 1.19: []rune(s) and string([]rune(s)).
    static const int32_t hello[] = {104, 233, 108, 108, 111, 44, 32, 19990, 30028, 32, 128512};
    const char *hello_s = "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x80";
    check_runes(hello_s, (go_int)strlen(hello_s), hello, 11);
    check_string("string([]rune(hello))", golly_slicerunetostring(hello, 11), hello_s, (go_int)strlen(hello_s));
    static const int32_t ffd[] = {0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD};
    check_runes("", 0, ffd, 0);
    check_runes("\xc0\x80", 2, ffd, 2);
    check_runes("\xf4\x90\x80\x80", 4, ffd, 4);
    check_runes("\xf0\x9f\x98", 3, ffd, 3);
    check_runes("\xff\xfe", 2, ffd, 2);
    static const int32_t surrogate_x[] = {0xFFFD, 0xFFFD, 0xFFFD, 'x'};
    check_runes("\xed\xa0\x80x", 4, surrogate_x, 4);
    static const int32_t nul[] = {0, 'a', 0};
    check_runes("\0a\0", 3, nul, 3);

    // gc 1.19: string([]rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff,
    // 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0x7fffffff, -0x80000000}).
    static const int32_t edges[] = {0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd,
                                    0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0x7fffffff, INT32_MIN};
    static const char edges_s[] =
        "\x00\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xef\xbf\xbd\xef\xbf\xbd\xee\x80\x80"
        "\xef\xbf\xbd\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
        "\xef\xbf\xbd";
    check_string("string(edge runes)", golly_slicerunetostring(edges, 17), edges_s, sizeof edges_s - 1);
    check_string("string([]rune{})", golly_slicerunetostring(NULL, 0), "", 0);

    const uint8_t bytes[] = {'a', 0, 0xff, 'b'};
    check_string("string(bytes)", golly_slicebytetostring(bytes, 4), (const char *)bytes, 4);
    check_string("string(bytes[:1])", golly_slicebytetostring(bytes + 2, 1), "\xff", 1);
    check_string("string(bytes[:0])", golly_slicebytetostring(bytes, 0), "", 0);
    golly_grown g = golly_stringtoslicebyte(bytes, 4);
    uint8_t *b = g.ptr;
    if (b == bytes || memcmp(b, bytes, 4) != 0) {
        fprintf(stderr, "FAIL []byte(s) is not a copy\n");
        failures++;
    }
    // gc: cap([]byte(s)) for a 4-byte non-constant s that escapes is 8 (size class).
    if (g.cap != 8) {
        fprintf(stderr, "FAIL cap([]byte(4 bytes)) = %lld, want 8\n", (long long)g.cap);
        failures++;
    }
    golly_stringtoslicebyte(NULL, 0);
}

void test_slice(void) {
    expect("growslice", check_growth, 0, "growslice ok\n");
    check_roundupsize();

    expect("make len -1", make_len_negative, 2, "panic: runtime error: makeslice: len out of range\n\ngoroutine 1 [running]:\n");
    expect("make len > cap", make_len_above_cap, 2, "panic: runtime error: makeslice: cap out of range\n\n");
    expect("make len huge", make_len_huge, 2, "panic: runtime error: makeslice: len out of range\n\n");
    expect("make cap huge", make_cap_huge, 2, "panic: runtime error: makeslice: cap out of range\n\n");
    expect("make cap -1", make_cap_negative, 2, "panic: runtime error: makeslice: cap out of range\n\n");
    expect("make len -1 cap 5", make_len_negative_cap, 2, "panic: runtime error: makeslice: len out of range\n\n");
    expect("make bytes cap", make_bytes_cap, 2, "panic: runtime error: makeslice: cap out of range\n\n");
    expect("make bytes len", make_bytes_len, 2, "panic: runtime error: makeslice: len out of range\n\n");
    expect("make struct{} len", make_empty_len, 2, "panic: runtime error: makeslice: len out of range\n\n");
    expect("make struct{} cap", make_empty_cap, 2, "panic: runtime error: makeslice: cap out of range\n\n");
    expect("make cap overflow", make_cap_overflow, 2, "panic: runtime error: makeslice: cap out of range\n\n");
    expect("growslice overflow", grow_overflow, 2, "panic: runtime error: growslice: cap out of range\n\n");
    expect("make fine", make_fine, 0, "zeroed\n");

    expect("slice alen", slice_alen, 2, "panic: runtime error: slice bounds out of range [:4] with length 3\n\n");
    expect("slice acap", slice_acap, 2, "panic: runtime error: slice bounds out of range [:6] with capacity 5\n\n");
    expect("slice b", slice_b, 2, "panic: runtime error: slice bounds out of range [2:1]\n\n");
    expect("slice acap -1", slice_acap_negative, 2, "panic: runtime error: slice bounds out of range [:-1]\n\n");
    expect("slice b -1", slice_b_negative, 2, "panic: runtime error: slice bounds out of range [-1:]\n\n");
    expect("slice3 acap", slice3_acap, 2, "panic: runtime error: slice bounds out of range [::6] with capacity 5\n\n");
    expect("slice3 b", slice3_b, 2, "panic: runtime error: slice bounds out of range [:6:5]\n\n");
    expect("slice3 c", slice3_c, 2, "panic: runtime error: slice bounds out of range [2:1:]\n\n");
    expect("slice3 b -1", slice3_b_negative, 2, "panic: runtime error: slice bounds out of range [:-1:]\n\n");
    expect("slice3 c -1", slice3_c_negative, 2, "panic: runtime error: slice bounds out of range [-1::]\n\n");
    expect("slice3 acap -1", slice3_acap_negative, 2, "panic: runtime error: slice bounds out of range [::-1]\n\n");

    check_decode_hash();
    check_decode("ascii", "ab", 1, 'b', 2);
    check_decode("2-byte", "x\xc3\xa9", 1, 0xE9, 3);
    check_decode("overlong 2", "\xc1\xbf", 0, 0xFFFD, 1);
    check_decode("overlong 3", "\xe0\x9f\xbf", 0, 0xFFFD, 1);
    check_decode("smallest 3", "\xe0\xa0\x80", 0, 0x800, 3);
    check_decode("surrogate", "\xed\xa0\x80", 0, 0xFFFD, 1);
    check_decode("below surrogates", "\xed\x9f\xbf", 0, 0xD7FF, 3);
    check_decode("overlong 4", "\xf0\x8f\xbf\xbf", 0, 0xFFFD, 1);
    check_decode("max rune", "\xf4\x8f\xbf\xbf", 0, 0x10FFFF, 4);
    check_decode("above max", "\xf4\x90\x80\x80", 0, 0xFFFD, 1);
    check_decode("truncated", "\xe2\x82", 0, 0xFFFD, 1);
    check_decode("continuation", "\x80", 0, 0xFFFD, 1);
    check_decode("5-byte lead", "\xf8\x88\x80\x80\x80", 0, 0xFFFD, 1);
    check_decode("at end", "ab", 2, 0xFFFD, 3);
    check_conversions();
}
