// LLVM's stack maps (docs/DESIGN.md §7; llvm.org/docs/StackMaps.html,
// format version 3): the `.llvm_stackmaps` sections of the executable, which
// the driver's linker script brackets with golly_stackmaps_start/_end, read
// once into a table of call sites sorted by return address.
//
// A call site of a Go function that may reach a collection is a statepoint
// (IRGen/Statepoints.swift); its record lists
//   [0] calling convention, [1] flags, [2] N = the deopt operands that follow,
//   N deopt operands: golly's frame flags, then (size, bitmap, slot) for
//     the frame slots that may hold heap pointers (golly/abi.h
//     GOLLY_FRAME_*): on one call site of the function; the others carry
//     the flags alone, with GOLLY_FRAME_DESCRIBED_ELSEWHERE,
//   then (base, derived) pairs of the heap pointers live across the call,
//     spilled to the stack (Indirect [RSP + offset]).

#include "stackmap.h"

#include <stdlib.h>
#include <string.h>

extern const uint8_t golly_stackmaps_start[] __attribute__((weak));
extern const uint8_t golly_stackmaps_end[] __attribute__((weak));

enum { LOC_REGISTER = 1, LOC_DIRECT = 2, LOC_INDIRECT = 3, LOC_CONSTANT = 4, LOC_CONSTANT_INDEX = 5 };

typedef struct {
    uint8_t type;
    uint8_t reserved;
    uint16_t size;
    uint16_t reg;
    uint16_t reserved2;
    int32_t offset;
} location;

typedef struct {
    uintptr_t ret;                  // the return address of the call
    const location *locs;
    uint16_t nlocs;
    const uint64_t *constants;      // the section's large constants
    // The frame's slots: (size, bitmap, slot) triples of the function's
    // describing record, NULL for a frame to scan conservatively.
    const location *slots;
    uint16_t nslots;
} callsite;

static callsite *sites;
static size_t nsites;
static bool loaded;

static int by_ret(const void *a, const void *b) {
    uintptr_t x = ((const callsite *)a)->ret, y = ((const callsite *)b)->ret;
    return x < y ? -1 : x > y;
}

static uint32_t u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t u64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

static uint64_t constant(const uint64_t *constants, const location *l) {
    if (l->type == LOC_CONSTANT)
        return (uint64_t)(int64_t)l->offset;
    if (l->type == LOC_CONSTANT_INDEX)
        return constants[l->offset];
    golly_throw("runtime: stack map: a constant expected");
}

// The frame flags of a statepoint record, or GOLLY_FRAME_CONSERVATIVE when
// it has no frame description (not golly's, or too short).
static uint64_t frame_flags(const callsite *s) {
    if (s->nlocs < 4 || constant(s->constants, &s->locs[2]) == 0)
        return GOLLY_FRAME_CONSERVATIVE;
    return constant(s->constants, &s->locs[3]);
}

// Points every call site of one function at the record that lists the
// frame's slots; without one (a code-generation pass dropped that call),
// the frame is scanned conservatively.
static void link_frame(callsite *first, size_t count) {
    const callsite *describing = NULL;
    for (size_t k = 0; k < count && describing == NULL; k++)
        if ((frame_flags(&first[k]) & (GOLLY_FRAME_CONSERVATIVE | GOLLY_FRAME_DESCRIBED_ELSEWHERE)) == 0)
            describing = &first[k];
    for (size_t k = 0; k < count; k++) {
        callsite *s = &first[k];
        if ((frame_flags(s) & GOLLY_FRAME_CONSERVATIVE) != 0 || describing == NULL) {
            s->slots = NULL;
            s->nslots = 0;
            continue;
        }
        uint64_t ndeopt = constant(describing->constants, &describing->locs[2]);
        s->slots = &describing->locs[4];
        s->nslots = (uint16_t)((ndeopt - 1) / 3);
    }
}

// One module's section; returns the end of it.
static const uint8_t *parse(const uint8_t *p, const uint8_t *end, size_t *capacity) {
    if (p[0] != 3)
        golly_throw("runtime: stack maps of an unknown version");
    uint32_t nfunctions = u32(p + 4), nconstants = u32(p + 8), nrecords = u32(p + 12);
    const uint8_t *functions = p + 16;
    const uint64_t *constants = (const uint64_t *)(functions + 24 * (size_t)nfunctions);
    const uint8_t *r = (const uint8_t *)(constants + nconstants);
    if (nsites + nrecords > *capacity) {
        *capacity = 2 * (nsites + nrecords);
        sites = realloc(sites, *capacity * sizeof *sites);
        if (sites == NULL)
            golly_throw("runtime: out of memory reading stack maps");
    }
    for (uint32_t f = 0; f < nfunctions; f++) {
        uintptr_t addr = (uintptr_t)u64(functions + 24 * (size_t)f);
        uint64_t count = u64(functions + 24 * (size_t)f + 16);
        size_t first = nsites;
        for (uint64_t k = 0; k < count; k++) {
            if (r + 16 > end)
                golly_throw("runtime: stack maps truncated");
            uint32_t offset = u32(r + 8);
            uint16_t nlocs;
            memcpy(&nlocs, r + 14, 2);
            const location *locs = (const location *)(r + 16);
            sites[nsites++] = (callsite){addr + offset, locs, nlocs, constants, NULL, 0};
            const uint8_t *q = r + 16 + 12 * (size_t)nlocs;
            q = (const uint8_t *)(((uintptr_t)q + 7) & ~(uintptr_t)7);
            uint16_t nliveouts;
            memcpy(&nliveouts, q + 2, 2);
            q += 4 + 4 * (size_t)nliveouts;
            r = (const uint8_t *)(((uintptr_t)q + 7) & ~(uintptr_t)7);
        }
        link_frame(&sites[first], nsites - first);
    }
    return r;
}

static void load(void) {
    loaded = true;
    size_t capacity = 0;
    const uint8_t *p = golly_stackmaps_start, *end = golly_stackmaps_end;
    while (p != NULL && p + 16 <= end) {
        if (u64(p) == 0) {          // alignment padding between modules
            p += 8;
            continue;
        }
        p = parse(p, end, &capacity);
    }
    qsort(sites, nsites, sizeof *sites, by_ret);
}

static const callsite *lookup(uintptr_t ret) {
    if (!loaded)
        load();
    size_t lo = 0, hi = nsites;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sites[mid].ret < ret)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nsites && sites[lo].ret == ret ? &sites[lo] : NULL;
}

// The address a Direct or Indirect location is relative to: the frame's
// stack pointer at the call (DWARF 7) or its frame pointer (DWARF 6).
static uintptr_t base(const location *l, uintptr_t sp, uintptr_t fp) {
    if (l->reg == 7)
        return sp;
    if (l->reg == 6)
        return fp;
    golly_throw("runtime: stack map: a register location");
}

void golly_scan_slot(uintptr_t addr, uintptr_t size, uint64_t bitmap, void (*word)(uintptr_t)) {
    const uintptr_t *words = (const uintptr_t *)addr;
    if (bitmap == ~(uint64_t)0) {
        for (uintptr_t w = 0; w < size / 8; w++)
            word(words[w]);
        return;
    }
    for (; bitmap != 0; bitmap &= bitmap - 1)
        word(words[__builtin_ctzll(bitmap)]);
}

bool golly_stackmap_scan(uintptr_t ret, uintptr_t sp, uintptr_t fp, const golly_frame_visitor *v) {
    const callsite *s = lookup(ret);
    if (s == NULL || s->slots == NULL)
        return false;       // a frame without a description: conservative
    const location *l = s->locs;
    uint64_t ndeopt = constant(s->constants, &l[2]);
    // The frame's slots: (size | stack-object bit, bitmap, address).
    for (uint16_t i = 0; i < s->nslots; i++) {
        const location *t = &s->slots[3 * i];
        uint64_t size = constant(s->constants, &t[0]), bitmap = constant(s->constants, &t[1]);
        uintptr_t addr = base(&t[2], sp, fp) + (intptr_t)t[2].offset;
        if (size & GOLLY_STACK_OBJECT)
            v->object(addr, (uintptr_t)(size & ~GOLLY_STACK_OBJECT), bitmap);
        else
            golly_scan_slot(addr, (uintptr_t)size, bitmap, v->word);
    }
    // Pointers live across the call: spilled (Indirect), or frame
    // addresses (Direct), which make stack objects reachable.
    for (size_t i = 3 + ndeopt; i < s->nlocs; i++) {
        if (l[i].type == LOC_DIRECT) {
            v->word(base(&l[i], sp, fp) + (intptr_t)l[i].offset);
            continue;
        }
        if (l[i].type != LOC_INDIRECT)
            continue;
        const uintptr_t *words = (const uintptr_t *)(base(&l[i], sp, fp) + (intptr_t)l[i].offset);
        for (uint16_t w = 0; w < l[i].size / 8; w++)
            v->word(words[w]);
    }
    return true;
}

// The words of `o` to scan, as a bitmap relative to `base` (<= o->addr),
// or all ones when they do not fit in one.
static uint64_t bitmap_from(uintptr_t base, const golly_stack_object *o) {
    uintptr_t shift = (o->addr - base) / 8;
    if (o->bitmap == ~(uint64_t)0 || shift >= 64 || (shift > 0 && o->bitmap >> (64 - shift) != 0))
        return ~(uint64_t)0;
    return o->bitmap << shift;
}

size_t golly_merge_stack_objects(golly_stack_object *objects, size_t nobjects) {
    size_t n = 0;
    for (size_t i = 0; i < nobjects; i++) {
        golly_stack_object *last = n > 0 ? &objects[n - 1] : NULL;
        if (last != NULL && objects[i].addr < last->addr + last->size) {
            uintptr_t end = objects[i].addr + objects[i].size;
            last->bitmap |= bitmap_from(last->addr, &objects[i]);
            if (end > last->addr + last->size)
                last->size = end - last->addr;
            continue;
        }
        objects[n++] = objects[i];
    }
    return n;
}
