// The calls inlined at a pc (gc: the inlining tree, runtime/symtab.go
// inlinedCall and _FUNCDATA_InlTree), read from the executable's DWARF:
// LLVM's inliner records each inlined body as a DW_TAG_inlined_subroutine
// inside the subprogram it was inlined into, with the pc ranges of its code,
// the function it came from (DW_AT_abstract_origin) and the file and line
// of the call (DW_AT_call_file, DW_AT_call_line). With them one physical
// frame becomes the logical frames gc reports: the innermost inlined
// function at the pc's own line, then each caller at the line of its call,
// out to the function the code physically lies in.
//
// lineinfo.c maps the executable and hands the sections over; units of a
// version other than 4 (the C runtime's DWARF 5) are skipped. The tables
// are: concrete functions sorted by address, each owning a contiguous run
// of inlined calls in DIE order (a parent before its children, siblings
// disjoint), so the last call of the run that covers a pc is the innermost.

#include "internal.h"
#include "dwarf.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    uintptr_t lo, hi;
    uint32_t first, count;      // its inlined calls
} concrete_func;

typedef struct {
    int32_t parent;             // the inlined call this one lies in, or -1
    int32_t call_file;          // lineinfo.c's file index, or -1
    int32_t call_line;
    uint32_t origin;            // .debug_info offset of the inlined function's DIE
    go_string name;
    uint32_t first_range, nranges;
} inlined_call;

typedef struct {
    uintptr_t lo, hi;
} pc_range;

typedef struct {
    uint32_t offset;
    uint32_t origin;            // its own abstract origin (0: none)
    const char *name;
} die_name;

#define VEC(T, name) static T *name; static size_t n_##name, cap_##name;
VEC(concrete_func, funcs)
VEC(inlined_call, calls)
VEC(pc_range, ranges)
VEC(die_name, names)
#undef VEC

#define PUSH(name, value)                                                        \
    do {                                                                         \
        if (n_##name == cap_##name) {                                            \
            cap_##name = cap_##name ? 2 * cap_##name : 1024;                     \
            name = realloc(name, cap_##name * sizeof *name);                     \
            if (name == NULL)                                                    \
                golly_throw("runtime: out of memory reading inlining tables");   \
        }                                                                        \
        name[n_##name++] = (value);                                              \
    } while (0)

enum {
    TAG_COMPILE_UNIT = 0x11, TAG_SUBPROGRAM = 0x2e, TAG_INLINED_SUBROUTINE = 0x1d,
    AT_NAME = 0x03, AT_STMT_LIST = 0x10, AT_LOW_PC = 0x11, AT_HIGH_PC = 0x12,
    AT_ABSTRACT_ORIGIN = 0x31, AT_RANGES = 0x55, AT_CALL_FILE = 0x58, AT_CALL_LINE = 0x59,
    FORM_ADDR = 0x01, FORM_BLOCK2 = 0x03, FORM_BLOCK4 = 0x04, FORM_DATA2 = 0x05,
    FORM_DATA4 = 0x06, FORM_DATA8 = 0x07, FORM_STRING = 0x08, FORM_BLOCK = 0x09,
    FORM_BLOCK1 = 0x0a, FORM_DATA1 = 0x0b, FORM_FLAG = 0x0c, FORM_SDATA = 0x0d,
    FORM_STRP = 0x0e, FORM_UDATA = 0x0f, FORM_REF_ADDR = 0x10, FORM_REF1 = 0x11,
    FORM_REF2 = 0x12, FORM_REF4 = 0x13, FORM_REF8 = 0x14, FORM_REF_UDATA = 0x15,
    FORM_INDIRECT = 0x16, FORM_SEC_OFFSET = 0x17, FORM_EXPRLOC = 0x18,
    FORM_FLAG_PRESENT = 0x19, FORM_REF_SIG8 = 0x20,
};

// One abbreviation: its tag, whether children follow, and where its
// (attribute, form) pairs start in .debug_abbrev.
typedef struct {
    uint64_t code;
    uint16_t tag;
    bool children;
    const uint8_t *specs;
} abbrev;

// The value of one attribute: a number (constants, addresses, offsets,
// references made section-relative) or a string.
typedef struct {
    uint64_t u;
    const char *s;
    bool is_address;            // DW_FORM_addr (high_pc absolute, not a length)
} attr_value;

typedef struct {
    const dwarf_sections *sec;
    uint32_t unit;              // the unit's offset in .debug_info
} unit_context;

// Reads one value of `form` at *p; false on a form it cannot size.
static bool read_form(const unit_context *cx, uint64_t form, const uint8_t **p, const uint8_t *end, attr_value *v) {
    v->u = 0;
    v->s = NULL;
    v->is_address = false;
    const uint8_t *q = *p;
#define FIXED(n) do { if (q + (n) > end) return false; memcpy(&v->u, q, (n)); q += (n); } while (0)
    switch (form) {
    case FORM_ADDR: FIXED(8); v->is_address = true; break;
    case FORM_DATA1: case FORM_REF1: case FORM_FLAG: FIXED(1); break;
    case FORM_DATA2: case FORM_REF2: FIXED(2); break;
    case FORM_DATA4: case FORM_REF4: case FORM_SEC_OFFSET: case FORM_REF_ADDR: FIXED(4); break;
    case FORM_DATA8: case FORM_REF8: case FORM_REF_SIG8: FIXED(8); break;
    case FORM_UDATA: case FORM_REF_UDATA: v->u = dwarf_uleb(&q, end); break;
    case FORM_SDATA: v->u = (uint64_t)dwarf_sleb(&q, end); break;
    case FORM_FLAG_PRESENT: v->u = 1; break;
    case FORM_STRING:
        v->s = (const char *)q;
        while (q < end && *q != 0) q++;
        q++;
        break;
    case FORM_STRP:
        FIXED(4);
        v->s = v->u < cx->sec->str_size ? (const char *)cx->sec->str + v->u : NULL;
        break;
    case FORM_EXPRLOC: case FORM_BLOCK: { uint64_t n = dwarf_uleb(&q, end); q += n; break; }
    case FORM_BLOCK1: { uint8_t n = q < end ? *q : 0; q += 1 + n; break; }
    case FORM_BLOCK2: { uint16_t n = 0; FIXED(2); n = (uint16_t)v->u; q += n; break; }
    case FORM_BLOCK4: { uint32_t n = 0; FIXED(4); n = (uint32_t)v->u; q += n; break; }
    case FORM_INDIRECT: {
        uint64_t actual = dwarf_uleb(&q, end);
        *p = q;
        return read_form(cx, actual, p, end, v);
    }
    default:
        return false;
    }
#undef FIXED
    // Unit-relative references become .debug_info offsets.
    if (form == FORM_REF1 || form == FORM_REF2 || form == FORM_REF4 || form == FORM_REF8 || form == FORM_REF_UDATA)
        v->u += cx->unit;
    *p = q;
    return q <= end;
}

// The abbreviations of one unit, in code order (LLVM numbers them 1, 2, ...).
static size_t read_abbrevs(const uint8_t *p, const uint8_t *end, abbrev **out) {
    static abbrev *table;
    static size_t cap;
    size_t n = 0;
    while (p < end) {
        uint64_t code = dwarf_uleb(&p, end);
        if (code == 0)
            break;
        if (n == cap) {
            cap = cap ? 2 * cap : 256;
            table = realloc(table, cap * sizeof *table);
            if (table == NULL)
                golly_throw("runtime: out of memory reading inlining tables");
        }
        abbrev *a = &table[n++];
        a->code = code;
        a->tag = (uint16_t)dwarf_uleb(&p, end);
        a->children = p < end && *p++ != 0;
        a->specs = p;
        for (;;) {
            uint64_t at = dwarf_uleb(&p, end), form = dwarf_uleb(&p, end);
            if (at == 0 && form == 0)
                break;
        }
    }
    *out = table;
    return n;
}

static const abbrev *find_abbrev(const abbrev *table, size_t n, uint64_t code) {
    if (code >= 1 && code <= n && table[code - 1].code == code)
        return &table[code - 1];
    for (size_t i = 0; i < n; i++)
        if (table[i].code == code)
            return &table[i];
    return NULL;
}

// Appends the ranges at `offset` in .debug_ranges (DWARF 4 §2.17.3): pairs
// of addresses relative to the unit's base, a base selection entry (first
// all ones) changing the base, (0, 0) ending the list.
static void read_ranges(const dwarf_sections *sec, uint64_t offset, uintptr_t base, uintptr_t *lo, uintptr_t *hi) {
    *lo = UINTPTR_MAX;
    *hi = 0;
    for (uint64_t at = offset; at + 16 <= sec->ranges_size; at += 16) {
        uint64_t b, e;
        memcpy(&b, sec->ranges + at, 8);
        memcpy(&e, sec->ranges + at + 8, 8);
        if (b == 0 && e == 0)
            break;
        if (b == UINT64_MAX) {
            base = (uintptr_t)e;
            continue;
        }
        pc_range r = {base + (uintptr_t)b, base + (uintptr_t)e};
        PUSH(ranges, r);
        if (r.lo < *lo) *lo = r.lo;
        if (r.hi > *hi) *hi = r.hi;
    }
}

// What encloses the DIEs of one level of the tree.
typedef struct {
    int32_t func;       // index of the concrete function, or -1
    int32_t call;       // index of the innermost inlined call, or -1
} scope;

// Reads one unit's DIEs (after its header, at p).
static void read_unit(const unit_context *cx, const uint8_t *p, const uint8_t *end, const abbrev *abbrevs, size_t nabbrevs) {
    scope stack[256];
    size_t depth = 0;
    scope here = {-1, -1};
    uintptr_t unit_base = 0;
    uint32_t stmt_list = UINT32_MAX;
    while (p < end) {
        uint32_t offset = (uint32_t)(p - cx->sec->info);
        uint64_t code = dwarf_uleb(&p, end);
        if (code == 0) {            // the end of a level's siblings
            if (depth == 0)
                return;
            here = stack[--depth];
            continue;
        }
        const abbrev *a = find_abbrev(abbrevs, nabbrevs, code);
        if (a == NULL)
            return;
        const char *name = NULL;
        uint64_t low = 0, high = 0, origin = 0, ranges_at = UINT64_MAX, call_file = 0, call_line = 0;
        bool have_low = false, high_is_address = false;
        const uint8_t *spec = a->specs;
        for (;;) {
            uint64_t at = dwarf_uleb(&spec, cx->sec->abbrev_end), form = dwarf_uleb(&spec, cx->sec->abbrev_end);
            if (at == 0 && form == 0)
                break;
            attr_value v;
            if (!read_form(cx, form, &p, end, &v))
                return;
            switch (at) {
            case AT_NAME: name = v.s; break;
            case AT_LOW_PC: low = v.u; have_low = true; break;
            case AT_HIGH_PC: high = v.u; high_is_address = v.is_address; break;
            case AT_ABSTRACT_ORIGIN: origin = v.u; break;
            case AT_RANGES: ranges_at = v.u; break;
            case AT_CALL_FILE: call_file = v.u; break;
            case AT_CALL_LINE: call_line = v.u; break;
            case AT_STMT_LIST: stmt_list = (uint32_t)v.u; break;
            }
        }
        if (!high_is_address)
            high += low;
        scope inner = here;
        if (a->tag == TAG_COMPILE_UNIT) {
            unit_base = (uintptr_t)low;
        } else if (a->tag == TAG_SUBPROGRAM) {
            if (name != NULL || origin != 0)
                PUSH(names, ((die_name){offset, (uint32_t)origin, name}));
            uintptr_t lo = (uintptr_t)low, hi = (uintptr_t)high;
            if (ranges_at != UINT64_MAX) {
                size_t mark = n_ranges;
                read_ranges(cx->sec, ranges_at, unit_base, &lo, &hi);
                n_ranges = mark;    // the function's extent is enough
            }
            if (have_low || ranges_at != UINT64_MAX) {
                PUSH(funcs, ((concrete_func){lo, hi, (uint32_t)n_calls, 0}));
                inner = (scope){(int32_t)(n_funcs - 1), -1};
            }
        } else if (a->tag == TAG_INLINED_SUBROUTINE && here.func >= 0) {
            inlined_call c = {
                .parent = here.call,
                .call_file = golly_line_unit_file(stmt_list, call_file),
                .call_line = (int32_t)call_line,
                .origin = (uint32_t)origin,
                .first_range = (uint32_t)n_ranges,
            };
            if (ranges_at != UINT64_MAX) {
                uintptr_t lo, hi;
                read_ranges(cx->sec, ranges_at, unit_base, &lo, &hi);
            } else if (have_low) {
                PUSH(ranges, ((pc_range){(uintptr_t)low, (uintptr_t)high}));
            }
            c.nranges = (uint32_t)(n_ranges - c.first_range);
            PUSH(calls, c);
            funcs[here.func].count++;
            inner.call = (int32_t)(n_calls - 1);
        }
        if (a->children) {
            if (depth == sizeof stack / sizeof *stack)
                return;
            stack[depth++] = here;
            here = inner;
        }
    }
}

static const die_name *name_at(uint32_t offset) {
    size_t lo = 0, hi = n_names;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (names[mid].offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n_names && names[lo].offset == offset ? &names[lo] : NULL;
}

static int by_address(const void *a, const void *b) {
    const concrete_func *x = a, *y = b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

void golly_inline_load(const dwarf_sections *sec) {
    const uint8_t *p = sec->info, *end = sec->info + sec->info_size;
    while (p + 11 <= end) {
        uint32_t length;
        memcpy(&length, p, 4);
        if (length >= 0xfffffff0u || p + 4 + length > end)
            break;
        const uint8_t *next = p + 4 + length;
        uint16_t version;
        uint32_t abbrev_offset;
        memcpy(&version, p + 4, 2);
        memcpy(&abbrev_offset, p + 6, 4);
        if (version == 4 && p[10] == 8 && abbrev_offset < sec->abbrev_size) {
            abbrev *abbrevs;
            size_t n = read_abbrevs(sec->abbrev + abbrev_offset, sec->abbrev_end, &abbrevs);
            unit_context cx = {sec, (uint32_t)(p - sec->info)};
            read_unit(&cx, p + 11, next, abbrevs, n);
        }
        p = next;
    }
    // Name each inlined call by its origin (following an origin's own
    // origin, as a concrete instance points at its abstract subprogram).
    for (size_t i = 0; i < n_calls; i++) {
        const die_name *d = name_at(calls[i].origin);
        for (int hops = 0; d != NULL && d->name == NULL && d->origin != 0 && hops < 4; hops++)
            d = name_at(d->origin);
        const char *s = d != NULL && d->name != NULL ? d->name : "?";
        calls[i].name = (go_string){(const uint8_t *)s, (go_int)strlen(s)};
    }
    qsort(funcs, n_funcs, sizeof *funcs, by_address);
}

// The innermost inlined call covering pc, or -1.
static int32_t innermost(uintptr_t pc) {
    golly_line_load();
    size_t lo = DWARF_COUNT_AT_MOST(funcs, n_funcs, lo, pc);
    if (lo == 0 || pc >= funcs[lo - 1].hi)
        return -1;
    const concrete_func *f = &funcs[lo - 1];
    int32_t found = -1;
    for (uint32_t i = f->first; i < f->first + f->count; i++)
        for (uint32_t r = calls[i].first_range; r < calls[i].first_range + calls[i].nranges; r++)
            if (ranges[r].lo <= pc && pc < ranges[r].hi)
                found = (int32_t)i;
    return found;
}

int golly_inline_depth(uintptr_t pc) {
    int depth = 0;
    for (int32_t c = innermost(pc); c >= 0; c = calls[c].parent)
        depth++;
    return depth;
}

bool golly_logical_frame(uintptr_t pc, int k, go_string *name, go_string *file, go_int *line) {
    int32_t chain[GOLLY_MAX_INLINE_DEPTH];
    int depth = 0;
    for (int32_t c = innermost(pc); c >= 0 && depth < GOLLY_MAX_INLINE_DEPTH; c = calls[c].parent)
        chain[depth++] = c;
    if (k < 0 || k > depth)
        return false;
    // The code's own position, or the position of the call k-1 levels in.
    bool known;
    if (k == 0) {
        known = golly_pcline(pc, file, line);
    } else {
        const inlined_call *c = &calls[chain[k - 1]];
        known = golly_line_file(c->call_file, file);
        *line = c->call_line;
    }
    if (!known) {
        *file = GO_STRING("?");
        *line = 0;
    }
    if (k < depth) {
        *name = calls[chain[k]].name;
        return true;
    }
    const char *s;
    uintptr_t entry;
    if (!golly_symbolize(pc, &s, &entry))
        return false;
    *name = (go_string){(const uint8_t *)s, (go_int)strlen(s)};
    return true;
}
