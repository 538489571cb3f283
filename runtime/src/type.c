// Reading type descriptors in gc 1.19's layout (abi.h): offsets
// (runtime/type.go resolveNameOff, resolveTypeOff, textOff), names (the
// name methods of reflect/type.go), the parts that follow a kind's struct
// (runtime/type.go uncommon, reflect/type.go funcType.in), the generic
// equal and hash closures, and the runtime's own descriptors' offsets.

#include "internal.h"
#include "mgc.h"

#include <stdlib.h>
#include <string.h>

// gc's sizes (runtime/type.go, reflect/type.go on amd64): the parts that
// follow a kind's struct are found by these sizes, here as in reflect.
_Static_assert(sizeof(golly_type) == 48, "_type");
_Static_assert(sizeof(golly_ptrtype) == 56, "ptrtype, slicetype");
_Static_assert(sizeof(golly_arraytype) == 72, "arraytype");
_Static_assert(sizeof(golly_chantype) == 64, "chantype");
_Static_assert(sizeof(golly_maptype) == 88, "maptype");
_Static_assert(sizeof(golly_functype) == 56, "functype: 52 bytes padded to 8");
_Static_assert(sizeof(golly_structtype) == 80, "structtype");
_Static_assert(sizeof(golly_interfacetype) == 80, "interfacetype");
_Static_assert(sizeof(golly_uncommontype) == 16, "uncommontype");
_Static_assert(sizeof(golly_method) == 16 && sizeof(golly_imethod) == 8, "method, imethod");
_Static_assert(sizeof(golly_structfield) == 24, "structField");
_Static_assert(offsetof(golly_itab, fun) == 24, "itab");

// ---- Offsets.

// The linker's bounds of the executable's image (GNU ld's default script
// defines both): every descriptor the compiler emits lies inside.
extern char __executable_start[], _end[];

static bool in_image(const void *p) {
    return (uintptr_t)p >= (uintptr_t)__executable_start && (uintptr_t)p < (uintptr_t)_end;
}

// The pointers runtime.addReflectOff registered: reflect_offs[i] has id
// -(i+1); ids_by_ptr (open addressing, 0 for a free slot) finds a
// pointer's id again.
static const void **reflect_offs;
static size_t reflect_offs_len, reflect_offs_cap;
static int32_t *ids_by_ptr;
static size_t ids_size;

static size_t ptr_slot(const void *p, size_t size) {
    return (size_t)(((uintptr_t)p >> 3) * 0x9E3779B97F4A7C15u >> 17) & (size - 1);
}

static void insert_id(int32_t id) {
    size_t i = ptr_slot(reflect_offs[-id - 1], ids_size);
    while (ids_by_ptr[i] != 0)
        i = (i + 1) & (ids_size - 1);
    ids_by_ptr[i] = id;
}

int32_t golly_add_reflect_off(const void *p) {
    if (ids_size != 0) {
        for (size_t i = ptr_slot(p, ids_size); ids_by_ptr[i] != 0; i = (i + 1) & (ids_size - 1))
            if (reflect_offs[-ids_by_ptr[i] - 1] == p)
                return ids_by_ptr[i];
    }
    if (reflect_offs_len == reflect_offs_cap) {
        reflect_offs_cap = reflect_offs_cap == 0 ? 64 : 2 * reflect_offs_cap;
        reflect_offs = realloc(reflect_offs, reflect_offs_cap * sizeof *reflect_offs);
        if (reflect_offs == NULL)
            golly_throw("runtime: out of memory registering a reflect offset");
    }
    if (reflect_offs_len > INT32_MAX - 1)
        golly_throw("runtime: too many reflect offsets");
    reflect_offs[reflect_offs_len++] = p;
    int32_t id = -(int32_t)reflect_offs_len;
    if (2 * reflect_offs_len > ids_size) {
        free(ids_by_ptr);
        ids_size = ids_size == 0 ? 128 : 2 * ids_size;
        ids_by_ptr = calloc(ids_size, sizeof *ids_by_ptr);
        if (ids_by_ptr == NULL)
            golly_throw("runtime: out of memory registering a reflect offset");
        for (size_t i = 0; i + 1 < reflect_offs_len; i++)
            insert_id(-(int32_t)i - 1);
    }
    insert_id(id);
    return id;
}

void golly_mark_reflect_offs(void) {
    for (size_t i = 0; i < reflect_offs_len; i++)
        golly_gc_mark_object((uintptr_t)reflect_offs[i]);
}

// runtime/type.go resolveNameOff: a base outside every module is a type
// reflect made, whose offsets are reflectOffs ids.
const void *golly_resolve_off(const void *base, int32_t off) {
    if (in_image(base))
        return (const uint8_t *)base + off;
    if (off < 0 && (size_t)-(int64_t)off <= reflect_offs_len)
        return reflect_offs[-(int64_t)off - 1];
    golly_throw("runtime: offset base pointer out of range");
}

int32_t golly_offset_to(const void *base, const void *target) {
    if (target == NULL)
        return 0;
    intptr_t d = (intptr_t)target - (intptr_t)base;
    if (!in_image(base) || !in_image(target) || d < INT32_MIN || d > INT32_MAX)
        golly_throw("runtime: descriptor offset out of range");
    return (int32_t)d;
}

const uint8_t *golly_name_at(const void *base, golly_name_off off) {
    return off == 0 ? NULL : golly_resolve_off(base, off);
}

const golly_type *golly_type_at(const void *base, golly_type_off off) {
    return off == 0 ? NULL : golly_resolve_off(base, off);
}

void *golly_method_fn(const golly_type *t, golly_text_off off) {
    return (void *)golly_resolve_off(t, off);
}

// ---- Names (reflect/type.go name): flags, varint length, bytes, then
// with GOLLY_NAME_TAG a varint length and the tag, then with
// GOLLY_NAME_PKG_PATH an unaligned 4-byte nameOff from the name's start.

// The varint (encoding/binary's unsigned one) at p; returns what follows.
static const uint8_t *read_varint(const uint8_t *p, go_int *v) {
    uint64_t x = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t b = *p++;
        x |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    *v = (go_int)x;
    return p;
}

go_string golly_name_string(const uint8_t *name) {
    if (name == NULL)
        return (go_string){NULL, 0};
    go_int n;
    const uint8_t *p = read_varint(name + 1, &n);
    return (go_string){p, n};
}

go_string golly_name_tag(const uint8_t *name) {
    if (name == NULL || !(name[0] & GOLLY_NAME_TAG))
        return (go_string){NULL, 0};
    go_string s = golly_name_string(name);
    go_int n;
    const uint8_t *p = read_varint(s.ptr + s.len, &n);
    return (go_string){p, n};
}

go_string golly_name_pkg_path(const uint8_t *name) {
    if (name == NULL || !(name[0] & GOLLY_NAME_PKG_PATH))
        return (go_string){NULL, 0};
    go_string s = golly_name_string(name);
    const uint8_t *p = s.ptr + s.len;
    if (name[0] & GOLLY_NAME_TAG) {
        go_int n;
        p = read_varint(p, &n);
        p += n;
    }
    return golly_name_string(golly_name_at(name, (golly_name_off)golly_load32(p)));
}

bool golly_name_is_exported(const uint8_t *name) {
    return name != NULL && (name[0] & GOLLY_NAME_EXPORTED);
}

bool golly_name_is_embedded(const uint8_t *name) {
    return name != NULL && (name[0] & GOLLY_NAME_EMBEDDED);
}

// ---- Types.

go_string golly_type_string(const golly_type *t) {
    go_string s = golly_name_string(golly_name_at(t, t->str));
    // runtime/type.go _type.string: the name of T may be that of *T.
    if ((t->tflag & GOLLY_TFLAG_EXTRA_STAR) && s.len > 0) {
        s.ptr++;
        s.len--;
    }
    return s;
}

const golly_type *golly_type_elem(const golly_type *t) {
    switch (golly_kind(t)) {
    case GOLLY_KIND_POINTER:
    case GOLLY_KIND_SLICE:
        return ((const golly_ptrtype *)t)->elem;
    case GOLLY_KIND_ARRAY:
        return ((const golly_arraytype *)t)->elem;
    case GOLLY_KIND_CHAN:
        return ((const golly_chantype *)t)->elem;
    case GOLLY_KIND_MAP:
        return ((const golly_maptype *)t)->elem;
    default:
        return NULL;
    }
}

const golly_structfield *golly_struct_fields(const golly_type *t, go_int *n) {
    const golly_structtype *st = (const golly_structtype *)t;
    *n = st->fields.len;
    return st->fields.ptr;
}

bool golly_field_is_blank(const golly_structfield *f) {
    go_string s = golly_name_string(f->name);
    return s.len == 1 && s.ptr[0] == '_';
}

// The size of t's kind struct, which its uncommon part follows
// (runtime/type.go _type.uncommon).
static size_t kind_part_size(const golly_type *t) {
    switch (golly_kind(t)) {
    case GOLLY_KIND_STRUCT: return sizeof(golly_structtype);
    case GOLLY_KIND_POINTER:
    case GOLLY_KIND_SLICE: return sizeof(golly_ptrtype);
    case GOLLY_KIND_FUNC: return sizeof(golly_functype);
    case GOLLY_KIND_ARRAY: return sizeof(golly_arraytype);
    case GOLLY_KIND_CHAN: return sizeof(golly_chantype);
    case GOLLY_KIND_MAP: return sizeof(golly_maptype);
    case GOLLY_KIND_INTERFACE: return sizeof(golly_interfacetype);
    default: return sizeof(golly_type);
    }
}

const golly_uncommontype *golly_type_uncommon(const golly_type *t) {
    if (!(t->tflag & GOLLY_TFLAG_UNCOMMON))
        return NULL;
    return (const golly_uncommontype *)((const uint8_t *)t + kind_part_size(t));
}

const golly_method *golly_type_methods(const golly_type *t, go_int *n) {
    const golly_uncommontype *u = golly_type_uncommon(t);
    if (u == NULL) {
        *n = 0;
        return NULL;
    }
    *n = u->mcount;
    return (const golly_method *)((const uint8_t *)u + u->moff);
}

// reflect/type.go funcType.in: the parameters follow the func type's
// struct and its uncommon part.
const golly_type *const *golly_func_params(const golly_type *t, go_int *in, go_int *out, bool *variadic) {
    const golly_functype *ft = (const golly_functype *)t;
    size_t at = sizeof *ft + ((t->tflag & GOLLY_TFLAG_UNCOMMON) ? sizeof(golly_uncommontype) : 0);
    if (in != NULL)
        *in = ft->in_count;
    if (out != NULL)
        *out = ft->out_count & (GOLLY_FUNC_VARIADIC - 1);
    if (variadic != NULL)
        *variadic = (ft->out_count & GOLLY_FUNC_VARIADIC) != 0;
    return (const golly_type *const *)((const uint8_t *)t + at);
}

const golly_imethod *golly_interface_methods(const golly_type *t, go_int *n) {
    const golly_interfacetype *it = (const golly_interfacetype *)t;
    *n = it->methods.len;
    return it->methods.ptr;
}

// The closures in descriptors (abi.h golly_typed_func): the type comes
// with the call.
bool golly_typedequal(const golly_typed_func *ctx, const void *p, const void *q) {
    return golly_typeequal(ctx->type, p, q);
}

uintptr_t golly_typedhash(const golly_typed_func *ctx, const void *p, uintptr_t seed) {
    return golly_typehash(ctx->type, p, seed);
}

// ---- The runtime's own descriptors (internal.h).

// FNV-1a (32 bits) of `type:` and s.
static uint32_t symbol_hash(go_string s) {
    uint32_t h = 2166136261u;
    for (const char *p = "type:"; *p != '\0'; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    for (go_int i = 0; i < s.len; i++)
        h = (h ^ s.ptr[i]) * 16777619u;
    return h;
}

void golly_init_types(const golly_rt_type *types, size_t n) {
    for (size_t i = 0; i < n; i++) {
        golly_type *t = types[i].type;
        t->str = golly_offset_to(t, types[i].str);
        t->hash = symbol_hash(golly_type_string(t));
        t->ptr_to_this = golly_offset_to(t, types[i].ptr_to_this);
        golly_uncommontype *u = (golly_uncommontype *)golly_type_uncommon(t);
        if (u == NULL)
            continue;
        u->pkg_path = golly_offset_to(t, types[i].pkg_path);
        golly_method *m = (golly_method *)((uint8_t *)u + u->moff);
        for (unsigned j = 0; j < u->mcount; j++) {
            const golly_rt_method *rm = &types[i].methods[j];
            m[j].name = golly_offset_to(t, rm->name);
            m[j].mtyp = golly_offset_to(t, rm->mtyp);
            m[j].ifn = m[j].tfn = golly_offset_to(t, rm->fn);
        }
    }
}

void golly_types_init(void) {
    golly_error_types_init();
    golly_chan_types_init();
    golly_map_types_init();
}
