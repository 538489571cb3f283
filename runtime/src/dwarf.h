// What lineinfo.c and inlineinfo.c share of the executable's DWARF: the
// sections (lineinfo.c maps /proc/self/exe once and keeps it mapped, so
// names may point into it), LEB128 decoding, and the file tables of the
// line programs that .debug_info's DW_AT_call_file indexes.

#ifndef GOLLY_DWARF_H
#define GOLLY_DWARF_H

#include "internal.h"

typedef struct {
    const uint8_t *info, *abbrev, *abbrev_end, *str, *ranges;
    size_t info_size, abbrev_size, str_size, ranges_size;
} dwarf_sections;

static inline uint64_t dwarf_uleb(const uint8_t **p, const uint8_t *end) {
    uint64_t v = 0;
    for (unsigned shift = 0; *p < end; shift += 7) {
        uint8_t b = *(*p)++;
        if (shift < 64)
            v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    return v;
}

static inline int64_t dwarf_sleb(const uint8_t **p, const uint8_t *end) {
    int64_t v = 0;
    unsigned shift = 0;
    uint8_t b = 0;
    while (*p < end) {
        b = *(*p)++;
        if (shift < 64)
            v |= (int64_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80))
            break;
    }
    if (shift < 64 && (b & 0x40))
        v |= -((int64_t)1 << shift);
    return v;
}

// How many elements of a[0..n), sorted by `field`, have field <= key: the
// index after the last of them (a binary search; GNU C statement
// expression, as the runtime is compiled by GCC).
#define DWARF_COUNT_AT_MOST(a, n, field, key) ({                  \
    size_t lo_ = 0, hi_ = (n);                                    \
    while (lo_ < hi_) {                                           \
        size_t mid_ = lo_ + (hi_ - lo_) / 2;                      \
        if ((a)[mid_].field <= (key))                             \
            lo_ = mid_ + 1;                                       \
        else                                                      \
            hi_ = mid_;                                           \
    }                                                             \
    lo_;                                                          \
})

// lineinfo.c: loads the tables once (and inlineinfo.c's with them).
void golly_line_load(void);
// The file index of entry `index` (from 1) of the line program at
// `stmt_list` in .debug_line, or -1.
int32_t golly_line_unit_file(uint32_t stmt_list, uint64_t index);
// The path of file index f; false for -1.
bool golly_line_file(int32_t f, go_string *path);

// inlineinfo.c: reads the inlined calls of .debug_info.
void golly_inline_load(const dwarf_sections *sections);

#endif
