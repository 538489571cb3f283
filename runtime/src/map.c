// Go maps (map.h): the counterpart of gc's runtime/map.go, with gc's
// observable behavior -- a random iteration order that differs from one
// range loop to the next, NaN keys that are never found, deletions during a
// range loop honored, a panic for an assignment to a nil map and for
// unhashable interface keys, +0 and -0 the same key -- but not its layout.
//
// The table is open addressing over groups of 8 slots (in the manner of
// SwissTable): a group is 8 control bytes, then its 8 keys, then its 8
// values, all stored inline. A control byte is EMPTY, DELETED (a tombstone)
// or the low 7 bits of a full slot's hash, so one 64-bit load and a few
// bit operations find the candidate slots of a group. The rest of the hash
// picks the first group; further groups follow a triangular sequence,
// which visits every group of a power-of-two table. A lookup stops at the
// first group with an EMPTY slot. The table grows (doubles, or is rebuilt
// in place when tombstones fill it) once 13/16 of its slots are used, gc's
// load factor of 6.5 per 8-slot bucket; growth is not incremental.
//
// Tables are typed for the collector like every allocation: a group's
// descriptor (its pointer words: those of each slot's key and value, as
// gc's bucket types have) is made once per map type, and a table is an
// array of groups. TODO(gc): the collector will reclaim an old table once
// no iterator refers to it.

#include "golly/map.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum {
    SLOTS = 8,
    CTRL_EMPTY = 0x80,
    CTRL_DELETED = 0xFE,
};

static const uint64_t LSB = 0x0101010101010101ULL;
static const uint64_t MSB = 0x8080808080808080ULL;

// How keys are hashed and compared: specialized for the common key types,
// the descriptor-driven typealg.c for the rest.
enum {
    ALG_MEM64,      // 8 bytes compared as memory: int, uint64, pointers, ...
    ALG_MEM32,      // 4 bytes compared as memory
    ALG_MEM,        // other sizes compared as memory (no padding, floats, strings)
    ALG_STRING,
    ALG_GENERIC,
};

typedef struct {
    go_int count;                   // map.h: compiled code reads it for len(m)
    uint8_t *groups;                // NULL until the first insertion
    uintptr_t mask;                 // number of groups - 1
    go_int growth_left;             // insertions into EMPTY slots before the table grows
    uintptr_t seed;                 // gc's hash0: a random hash seed per map
    const golly_type *key;
    const golly_type *elem;
    uint32_t keysize;
    uint32_t elemsize;
    uint32_t elemoff;               // offset of a group's values
    uint32_t stride;                // bytes per group
    uint8_t alg;
    bool hash_might_panic;          // an interface inside the key (gc's hashMightPanic)
    bool irreflexive;               // a key may be != itself (floats, interfaces: NaN)
    const golly_type *group;        // one group's layout (group_type)
} map_t;

// The header's pointer into the heap is groups (word 1); key, elem and
// group point to static or persistent descriptors.
static const uint8_t map_header_gcdata[] = {1 << (offsetof(map_t, groups) / 8)};
// Its descriptor lists no fields: only the collector reads it.
static golly_structtype map_header_type = {
    .type = {.size = sizeof(map_t), .kind = GOLLY_KIND_STRUCT, .align = 8, .field_align = 8,
             .tflag = GOLLY_TFLAG_NAMED, .ptrdata = offsetof(map_t, groups) + 8, .gcdata = map_header_gcdata},
};

static const golly_rt_type map_types[] = {
    {&map_header_type.type, GOLLY_STATIC_NAME(0, "runtime.hmap"), NULL, NULL, NULL},
};

void golly_map_types_init(void) {
    golly_init_types(map_types, 1);
}

_Static_assert(offsetof(map_t, count) == offsetof(golly_map, count), "count first");

// ---- Key properties, from the descriptor.

// == and hashing are those of the value's bytes: no floats, strings,
// interfaces, blank fields or padding (gc's IsRegularMemory).
static bool is_memory(const golly_type *t) {
    if (golly_kind_is_bytes(t->kind))
        return true;
    switch (golly_kind(t)) {
    case GOLLY_KIND_ARRAY:
        return golly_array_len(t) == 0 || is_memory(golly_type_elem(t));
    case GOLLY_KIND_STRUCT: {
        uintptr_t end = 0;
        go_int n;
        const golly_structfield *f = golly_struct_fields(t, &n);
        for (go_int i = 0; i < n; i++) {
            if (golly_field_is_blank(&f[i]) || f[i].offset != end || !is_memory(f[i].typ))
                return false;
            end += f[i].typ->size;
        }
        return end == t->size;
    }
    default:
        return false;
    }
}

// alg.go hashMightPanic: only an interface can hold an unhashable value.
static bool might_panic(const golly_type *t) {
    switch (golly_kind(t)) {
    case GOLLY_KIND_INTERFACE:
        return true;
    case GOLLY_KIND_ARRAY:
        return golly_array_len(t) > 0 && might_panic(golly_type_elem(t));
    case GOLLY_KIND_STRUCT: {
        go_int n;
        const golly_structfield *f = golly_struct_fields(t, &n);
        for (go_int i = 0; i < n; i++)
            if (!golly_field_is_blank(&f[i]) && might_panic(f[i].typ))
                return true;
        return false;
    }
    default:
        return false;
    }
}

// gc's !reflexivekey: k == k may be false (a NaN inside).
static bool irreflexive(const golly_type *t) {
    switch (golly_kind(t)) {
    case GOLLY_KIND_FLOAT32: case GOLLY_KIND_FLOAT64:
    case GOLLY_KIND_COMPLEX64: case GOLLY_KIND_COMPLEX128:
    case GOLLY_KIND_INTERFACE:
        return true;
    case GOLLY_KIND_ARRAY:
        return golly_array_len(t) > 0 && irreflexive(golly_type_elem(t));
    case GOLLY_KIND_STRUCT: {
        go_int n;
        const golly_structfield *f = golly_struct_fields(t, &n);
        for (go_int i = 0; i < n; i++)
            if (!golly_field_is_blank(&f[i]) && irreflexive(f[i].typ))
                return true;
        return false;
    }
    default:
        return false;
    }
}

// ---- Hashing and == of keys, per algorithm. Called with a constant alg
// from the specialized copies of the lookup below.

static inline uint64_t word_hash(uint64_t x, uint64_t seed) {
    return golly_hashmix(golly_hashmix(x ^ seed, 0x9e3779b97f4a7c15ULL) ^ seed, 0xbf58476d1ce4e5b9ULL);
}

static inline __attribute__((always_inline)) uintptr_t key_hash(int alg, const map_t *m, const void *key) {
    switch (alg) {
    case ALG_MEM64:
        return word_hash(golly_load64(key), m->seed);
    case ALG_MEM32:
        return word_hash(golly_load32(key), m->seed);
    case ALG_MEM:
        return golly_memhash(key, m->keysize, m->seed);
    case ALG_STRING:
        return golly_strhash(key, m->seed);
    default:
        return golly_typehash(m->key, key, m->seed);
    }
}

static inline __attribute__((always_inline)) bool key_equal(int alg, const map_t *m, const void *a, const void *b) {
    switch (alg) {
    case ALG_MEM64:
        return golly_load64(a) == golly_load64(b);
    case ALG_MEM32:
        return golly_load32(a) == golly_load32(b);
    case ALG_MEM:
        return memcmp(a, b, m->keysize) == 0;
    case ALG_STRING: {
        const go_string *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    default:
        return golly_typeequal(m->key, a, b);
    }
}

// ---- Groups.

static inline uint8_t *group_at(const map_t *m, uint8_t *groups, uintptr_t g) {
    return groups + g * m->stride;
}

static inline uint8_t *slot_key(const map_t *m, uint8_t *group, unsigned i) {
    return group + SLOTS + (uintptr_t)i * m->keysize;
}

static inline uint8_t *slot_elem(const map_t *m, uint8_t *group, unsigned i) {
    return group + m->elemoff + (uintptr_t)i * m->elemsize;
}

// Bit 7 of each byte of the result is set where a control byte equals h2
// (a full slot). A byte above a true match may match falsely; the key
// comparison weeds it out. EMPTY and DELETED bytes never match.
static inline uint64_t match_h2(uint64_t ctrl, uint8_t h2) {
    uint64_t x = ctrl ^ (LSB * h2);
    return (x - LSB) & ~x & MSB;
}

// EMPTY has bit 7 set and bit 1 clear; DELETED has both; full has bit 7 clear.
static inline uint64_t match_empty(uint64_t ctrl) {
    return ctrl & ~(ctrl << 6) & MSB;
}

static inline uint64_t match_empty_or_deleted(uint64_t ctrl) {
    return ctrl & MSB;
}

static inline unsigned first_slot(uint64_t matches) {
    return (unsigned)__builtin_ctzll(matches) >> 3;
}

static inline go_int max_load(uintptr_t ngroups) {
    return (go_int)(ngroups * SLOTS * 13 / 16);
}

// The slot holding key, or -1. Writes the key's group to *group.
static inline __attribute__((always_inline)) int find(int alg, const map_t *m, const void *key, uintptr_t hash, uint8_t **group) {
    uint8_t h2 = hash & 0x7F;
    uintptr_t g = (hash >> 7) & m->mask;
    for (uintptr_t step = 1;; step++) {
        uint8_t *grp = group_at(m, m->groups, g);
        uint64_t ctrl = golly_load64(grp);
        for (uint64_t matches = match_h2(ctrl, h2); matches != 0; matches &= matches - 1) {
            unsigned i = first_slot(matches);
            if (key_equal(alg, m, key, slot_key(m, grp, i))) {
                *group = grp;
                return (int)i;
            }
        }
        if (match_empty(ctrl) != 0)
            return -1;
        g = (g + step) & m->mask;
    }
}

// The first EMPTY or DELETED slot on hash's probe sequence.
static int find_free(const map_t *m, uint8_t *groups, uintptr_t hash, uint8_t **group) {
    uintptr_t g = (hash >> 7) & m->mask;
    for (uintptr_t step = 1;; step++) {
        uint8_t *grp = group_at(m, groups, g);
        uint64_t free = match_empty_or_deleted(golly_load64(grp));
        if (free != 0) {
            *group = grp;
            return (int)first_slot(free);
        }
        g = (g + step) & m->mask;
    }
}

// ---- Group descriptors, one per map type (malloc'd, never freed).

static struct {
    const golly_type *maptype;
    const golly_type *group;
} *group_types;
static size_t group_types_size, group_types_count;

// Sets the bits of t's pointer words, shifted to byte offset `at`.
static void mark_words(uint8_t *bits, const golly_type *t, uintptr_t at) {
    for (uintptr_t w = 0; w < t->ptrdata / 8; w++)
        if (t->gcdata[w / 8] & (1 << (w % 8))) {
            uintptr_t word = at / 8 + w;
            bits[word / 8] |= (uint8_t)(1 << (word % 8));
        }
}

// A struct with no fields listed: only the collector reads it. It is
// named as its map type is, through an id of runtime.addReflectOff: the
// descriptor lies outside the executable.
static const golly_type *make_group_type(const golly_type *maptype, const map_t *m) {
    golly_structtype *st = calloc(1, sizeof *st);
    golly_type *t = &st->type;
    uintptr_t words = m->stride / 8;
    uint8_t *bits = calloc(words / 8 + 1, 1);
    if (st == NULL || bits == NULL)
        golly_throw("out of memory allocating a map's group type");
    uintptr_t last = 0;
    for (unsigned i = 0; i < SLOTS; i++) {
        mark_words(bits, m->key, SLOTS + i * m->keysize);
        mark_words(bits, m->elem, m->elemoff + i * m->elemsize);
    }
    for (uintptr_t w = 0; w < words; w++)
        if (bits[w / 8] & (1 << (w % 8)))
            last = w + 1;
    t->size = m->stride;
    t->kind = GOLLY_KIND_STRUCT;
    t->align = t->field_align = 8;
    const uint8_t *name = golly_name_at(maptype, maptype->str);
    if (name != NULL)
        t->str = golly_add_reflect_off(name);
    t->ptrdata = last * 8;
    t->gcdata = bits;
    return t;
}

static size_t group_slot(const golly_type *maptype, size_t size) {
    return (size_t)(((uintptr_t)maptype >> 4) * 0x9E3779B97F4A7C15u >> 7) & (size - 1);
}

static const golly_type *group_type(const golly_type *maptype, const map_t *m) {
    if (group_types_size != 0)
        for (size_t i = group_slot(maptype, group_types_size); group_types[i].maptype != NULL;
             i = (i + 1) & (group_types_size - 1))
            if (group_types[i].maptype == maptype)
                return group_types[i].group;
    if (2 * (group_types_count + 1) > group_types_size) {
        size_t old_size = group_types_size;
        __typeof__(group_types) old = group_types;
        group_types_size = old_size == 0 ? 16 : 2 * old_size;
        group_types = calloc(group_types_size, sizeof *group_types);
        if (group_types == NULL)
            golly_throw("out of memory growing the map group types");
        for (size_t j = 0; j < old_size; j++) {
            if (old[j].maptype == NULL)
                continue;
            size_t k = group_slot(old[j].maptype, group_types_size);
            while (group_types[k].maptype != NULL)
                k = (k + 1) & (group_types_size - 1);
            group_types[k] = old[j];
        }
        free(old);
    }
    const golly_type *g = make_group_type(maptype, m);
    size_t k = group_slot(maptype, group_types_size);
    while (group_types[k].maptype != NULL)
        k = (k + 1) & (group_types_size - 1);
    group_types[k].maptype = maptype;
    group_types[k].group = g;
    group_types_count++;
    return g;
}

// A table: an array of ngroups groups (an object larger than its type is an
// array of it, as for makeslice), every control byte EMPTY.
static uint8_t *alloc_groups(const map_t *m, uintptr_t ngroups) {
    uint8_t *groups = golly_mallocgc(ngroups * m->stride, m->group);
    for (uintptr_t g = 0; g < ngroups; g++)
        memset(group_at(m, groups, g), CTRL_EMPTY, SLOTS);
    return groups;
}

// Moves every entry into a fresh table of ngroups groups. The old table is
// left as it was: an iterator may still be walking it.
static void rehash(map_t *m, uintptr_t ngroups) {
    uint8_t *old = m->groups;
    uintptr_t oldn = old != NULL ? m->mask + 1 : 0;
    m->groups = alloc_groups(m, ngroups);
    m->mask = ngroups - 1;
    m->growth_left = max_load(ngroups) - m->count;
    for (uintptr_t g = 0; g < oldn; g++) {
        uint8_t *grp = group_at(m, old, g);
        for (unsigned i = 0; i < SLOTS; i++) {
            if (grp[i] & 0x80)
                continue;
            const uint8_t *k = slot_key(m, grp, i);
            uintptr_t hash = key_hash(m->alg, m, k);
            uint8_t *to;
            int j = find_free(m, m->groups, hash, &to);
            to[j] = hash & 0x7F;
            memcpy(slot_key(m, to, (unsigned)j), k, m->keysize);
            memcpy(slot_elem(m, to, (unsigned)j), slot_elem(m, grp, i), m->elemsize);
        }
    }
}

// ---- Entry points.

// The zero value mapaccess1 returns for absent keys (gc's zeroVal, and the
// zero argument of mapaccess1_fat for larger values). Never written; the
// big one is calloc'd, outside the collected heap, since only this static
// refers to it (the collector does not scan the runtime's statics).
static uint8_t zero_small[1024] __attribute__((aligned(16)));
static uint8_t *zero_big;
static uintptr_t zero_big_size;

static void *zero_value(const golly_type *elem) {
    if (elem->size <= sizeof zero_small)
        return zero_small;
    if (elem->size > zero_big_size) {
        free(zero_big);
        zero_big = calloc(1, elem->size);
        if (zero_big == NULL)
            golly_throw("runtime: out of memory");
        zero_big_size = elem->size;
    }
    return zero_big;
}

static uint32_t align_up(uint32_t n, uint32_t a) {
    return a <= 1 ? n : (n + a - 1) / a * a;
}

golly_map *golly_makemap(const golly_type *maptype, go_int hint) {
    const golly_type *key = golly_map_key(maptype), *elem = golly_type_elem(maptype);
    map_t *m = golly_mallocgc(sizeof *m, &map_header_type.type);
    m->key = key;
    m->elem = elem;
    m->keysize = (uint32_t)key->size;
    m->elemsize = (uint32_t)elem->size;
    m->elemoff = align_up(SLOTS + SLOTS * m->keysize, elem->align);
    m->stride = align_up(m->elemoff + SLOTS * m->elemsize, 8);
    m->group = group_type(maptype, m);
    m->seed = golly_fastrand();
    m->hash_might_panic = might_panic(key);
    m->irreflexive = irreflexive(key);
    if (golly_kind(key) == GOLLY_KIND_STRING)
        m->alg = ALG_STRING;
    else if (!is_memory(key))
        m->alg = ALG_GENERIC;
    else if (key->size == 8)
        m->alg = ALG_MEM64;
    else if (key->size == 4)
        m->alg = ALG_MEM32;
    else
        m->alg = ALG_MEM;
    // map.go makemap: a hint that is negative or too large for memory is
    // ignored, not an error (a constant one is rejected at compile time).
    uint64_t slot = (uint64_t)m->keysize + m->elemsize + 1;
    if (hint < 0 || (uint64_t)hint > ((uint64_t)1 << 48) / slot)
        hint = 0;
    if (hint > max_load(1)) {
        uintptr_t ngroups = 2;
        while (max_load(ngroups) < hint)
            ngroups *= 2;
        rehash(m, ngroups);
    }
    return (golly_map *)m;
}

// gc's hashMightPanic check for a lookup in a nil or empty map: the key is
// still hashed so that an unhashable interface key panics.
static void hash_for_panic(const golly_type *maptype, const map_t *m, const void *key) {
    if (m != NULL ? m->hash_might_panic : might_panic(golly_map_key(maptype)))
        golly_typehash(golly_map_key(maptype), key, 0);
}

static inline __attribute__((always_inline)) int lookup_alg(int alg, map_t *m, const void *key, uint8_t **group) {
    return find(alg, m, key, key_hash(alg, m, key), group);
}

static int lookup(map_t *m, const void *key, uint8_t **group) {
    switch (m->alg) {
    case ALG_MEM64: return lookup_alg(ALG_MEM64, m, key, group);
    case ALG_MEM32: return lookup_alg(ALG_MEM32, m, key, group);
    case ALG_MEM: return lookup_alg(ALG_MEM, m, key, group);
    case ALG_STRING: return lookup_alg(ALG_STRING, m, key, group);
    default: return lookup_alg(ALG_GENERIC, m, key, group);
    }
}

void *golly_mapaccess2(const golly_type *maptype, golly_map *hm, const void *key) {
    map_t *m = (map_t *)hm;
    if (m == NULL || m->count == 0) {
        hash_for_panic(maptype, m, key);
        return NULL;
    }
    uint8_t *grp;
    int i = lookup(m, key, &grp);
    return i < 0 ? NULL : slot_elem(m, grp, (unsigned)i);
}

void *golly_mapaccess1(const golly_type *maptype, golly_map *m, const void *key) {
    void *v = golly_mapaccess2(maptype, m, key);
    return v != NULL ? v : zero_value(golly_type_elem(maptype));
}

static inline __attribute__((always_inline)) void *assign_alg(int alg, map_t *m, const void *key) {
    uintptr_t hash = key_hash(alg, m, key);
    uint8_t *grp;
    int i = m->groups != NULL ? find(alg, m, key, hash, &grp) : -1;
    if (i >= 0) {
        // map.go mapassign: t.needkeyupdate -- the stored key becomes the
        // new one (m[-0.0] after m[+0.0] keeps -0.0 as the key).
        memcpy(slot_key(m, grp, (unsigned)i), key, m->keysize);
        return slot_elem(m, grp, (unsigned)i);
    }
    if (m->groups == NULL)
        rehash(m, 1);
    i = find_free(m, m->groups, hash, &grp);
    if (grp[i] == CTRL_EMPTY) {
        if (m->growth_left == 0) {
            // Full: double, unless tombstones take most of the room, in
            // which case rebuilding at the same size frees them.
            uintptr_t ngroups = m->mask + 1;
            rehash(m, m->count >= max_load(ngroups) / 2 ? ngroups * 2 : ngroups);
            i = find_free(m, m->groups, hash, &grp);
        }
        m->growth_left--;
    }
    grp[i] = hash & 0x7F;
    m->count++;
    // A free slot's value is zero (fresh memory, or cleared by mapdelete).
    memcpy(slot_key(m, grp, (unsigned)i), key, m->keysize);
    return slot_elem(m, grp, (unsigned)i);
}

void *golly_mapassign(const golly_type *maptype, golly_map *hm, const void *key) {
    (void)maptype;
    map_t *m = (map_t *)hm;
    if (m == NULL) {
        static const go_string msg = {(const uint8_t *)"assignment to entry in nil map", 30};
        golly_panic_plainerror(&msg);
    }
    switch (m->alg) {
    case ALG_MEM64: return assign_alg(ALG_MEM64, m, key);
    case ALG_MEM32: return assign_alg(ALG_MEM32, m, key);
    case ALG_MEM: return assign_alg(ALG_MEM, m, key);
    case ALG_STRING: return assign_alg(ALG_STRING, m, key);
    default: return assign_alg(ALG_GENERIC, m, key);
    }
}

void golly_mapdelete(const golly_type *maptype, golly_map *hm, const void *key) {
    map_t *m = (map_t *)hm;
    if (m == NULL || m->count == 0) {
        hash_for_panic(maptype, m, key);
        return;
    }
    uint8_t *grp;
    int i = lookup(m, key, &grp);
    if (i < 0)
        return;
    // A slot may go back to EMPTY when its group still has an EMPTY slot:
    // then no probe ever went past this group, so no key beyond it relies
    // on the slot being taken. Otherwise it becomes a tombstone.
    if (match_empty(golly_load64(grp)) != 0) {
        grp[i] = CTRL_EMPTY;
        m->growth_left++;
    } else {
        grp[i] = CTRL_DELETED;
    }
    // Cleared so that a later insertion finds a zero value (and, later,
    // so that the collector does not see stale pointers).
    memset(slot_key(m, grp, (unsigned)i), 0, m->keysize);
    memset(slot_elem(m, grp, (unsigned)i), 0, m->elemsize);
    m->count--;
}

// ---- Iteration (map.go mapiterinit, mapiternext).
//
// The iterator walks the table it started on, from a random group and a
// random slot within each group, as gc does. If the map has since moved to
// a new table (it grew), each entry found in the old one is looked up in
// the new one: deleted entries are skipped and the current value (and key:
// +0 may have become -0) is produced. A key that is not equal to itself
// (NaN) cannot be looked up nor deleted; its old entry is produced as is.

enum {
    IT_MAP,
    IT_GROUPS,      // the table being walked
    IT_MASK,
    IT_START_GROUP,
    IT_START_SLOT,
    IT_POS,         // the next position, 0 to (mask + 1) * SLOTS
};

_Static_assert(IT_POS < sizeof(((golly_hiter *)0)->state) / sizeof(uintptr_t), "hiter state");

void golly_mapiterinit(const golly_type *maptype, golly_map *hm, golly_hiter *it) {
    (void)maptype;
    map_t *m = (map_t *)hm;
    memset(it, 0, sizeof *it);
    if (m == NULL || m->count == 0 || m->groups == NULL) {
        it->key = it->elem = NULL;
        return;
    }
    uint64_t r = golly_fastrand();
    it->state[IT_MAP] = (uintptr_t)m;
    it->state[IT_GROUPS] = (uintptr_t)m->groups;
    it->state[IT_MASK] = m->mask;
    it->state[IT_START_GROUP] = (uintptr_t)(r >> 3) & m->mask;
    it->state[IT_START_SLOT] = (uintptr_t)r & (SLOTS - 1);
    it->state[IT_POS] = 0;
    golly_mapiternext(it);
}

void golly_mapiternext(golly_hiter *it) {
    map_t *m = (map_t *)it->state[IT_MAP];
    if (m == NULL) {
        it->key = it->elem = NULL;
        return;
    }
    uint8_t *groups = (uint8_t *)it->state[IT_GROUPS];
    uintptr_t mask = it->state[IT_MASK];
    uintptr_t end = (mask + 1) * SLOTS;
    uintptr_t g0 = it->state[IT_START_GROUP], s0 = it->state[IT_START_SLOT];
    for (uintptr_t pos = it->state[IT_POS]; pos < end; pos++) {
        uint8_t *grp = group_at(m, groups, (g0 + pos / SLOTS) & mask);
        unsigned i = (unsigned)((s0 + pos) & (SLOTS - 1));
        if (grp[i] & 0x80)
            continue;
        void *k = slot_key(m, grp, i), *e = slot_elem(m, grp, i);
        if (groups != m->groups && !(m->irreflexive && !golly_typeequal(m->key, k, k))) {
            uint8_t *now;
            int j = m->count != 0 ? lookup(m, k, &now) : -1;
            if (j < 0)
                continue;   // deleted since the table grew
            k = slot_key(m, now, (unsigned)j);
            e = slot_elem(m, now, (unsigned)j);
        }
        it->key = k;
        it->elem = e;
        it->state[IT_POS] = pos + 1;
        return;
    }
    it->key = it->elem = NULL;
    it->state[IT_MAP] = 0;
}

const golly_type *golly_map_group_type(const golly_map *m) {
    return ((const map_t *)m)->group;
}
