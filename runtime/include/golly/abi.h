// The ABI shared by the compiler (Sources/IRGen) and the C runtime.
// This header is the truth: IRGen's layouts must match it (checked by
// Tests/IRGenTests/LayoutTests.swift). See docs/DESIGN.md §4.
#ifndef GOLLY_ABI_H
#define GOLLY_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Runtime entry points carry Go's names (`runtime.gopanic`), which C cannot
// spell; GOLLY_NAME gives a C function its Go link name.
#define GOLLY_NAME(goname) __asm__(goname)

typedef int64_t go_int;
typedef uint64_t go_uint;

// string = {ptr, len}. In IR: { ptr addrspace(1), i64 }.
typedef struct {
    const uint8_t *ptr;
    go_int len;
} go_string;

// slice = {ptr, len, cap}.
typedef struct {
    void *ptr;
    go_int len;
    go_int cap;
} go_slice;

// ---- Type descriptors: gc 1.19's layout (runtime/type.go, reflect/type.go).
//
// golly emits gc's own descriptors so that the standard library's reflect
// and internal/reflectlite compile from GOROOT unmodified and read them as
// they read gc's (docs/DESIGN.md §4). A descriptor is one constant global
// `type:T` holding, in order: the common header golly_type, the part of its
// kind (golly_ptrtype, golly_structtype, ...), golly_uncommontype when
// tflag has GOLLY_TFLAG_UNCOMMON, then the kind's trailing arrays (a func
// type's parameter and result types, an interface's golly_imethods, a
// struct's fields) and the methods the uncommon part counts.
//
// Offsets. nameOff, typeOff and textOff are int32 byte offsets from a base
// pointer: the descriptor itself for its own fields and those of its
// uncommon part, methods and imethods; a name's own first byte for the
// package path a name carries. Keeping each descriptor in one global keeps
// every base in the section of the fields that refer from it, so the
// assembler can spell each offset as a PC-relative relocation. 0 means
// "none" for a nameOff or typeOff. Types that reflect makes while the
// program runs live in the heap; their offsets are ids given out by
// runtime.addReflectOff (golly_resolve_off tells the two apart).

// Kinds, numbered as reflect.Kind; the low five bits of `kind`.
enum {
    GOLLY_KIND_INVALID = 0,
    GOLLY_KIND_BOOL, GOLLY_KIND_INT, GOLLY_KIND_INT8, GOLLY_KIND_INT16, GOLLY_KIND_INT32,
    GOLLY_KIND_INT64, GOLLY_KIND_UINT, GOLLY_KIND_UINT8, GOLLY_KIND_UINT16, GOLLY_KIND_UINT32,
    GOLLY_KIND_UINT64, GOLLY_KIND_UINTPTR, GOLLY_KIND_FLOAT32, GOLLY_KIND_FLOAT64,
    GOLLY_KIND_COMPLEX64, GOLLY_KIND_COMPLEX128, GOLLY_KIND_ARRAY, GOLLY_KIND_CHAN,
    GOLLY_KIND_FUNC, GOLLY_KIND_INTERFACE, GOLLY_KIND_MAP, GOLLY_KIND_POINTER,
    GOLLY_KIND_SLICE, GOLLY_KIND_STRING, GOLLY_KIND_STRUCT, GOLLY_KIND_UNSAFEPOINTER,
};
enum {
    GOLLY_KIND_MASK = (1 << 5) - 1,
    // An interface holding this type stores the value itself in its data
    // word (pointer-shaped types: pointers, maps, chans, funcs,
    // unsafe.Pointer), not a pointer to a copy (runtime/typekind.go).
    GOLLY_KIND_DIRECT_IFACE = 1 << 5,
    GOLLY_KIND_GC_PROG = 1 << 6,    // never set by golly: gcdata is always a bitmap
};

// tflag (runtime/type.go).
enum {
    GOLLY_TFLAG_UNCOMMON = 1 << 0,  // a golly_uncommontype follows the kind's part
    GOLLY_TFLAG_EXTRA_STAR = 1 << 1,// the name has a '*' to skip (never set by golly)
    GOLLY_TFLAG_NAMED = 1 << 2,     // a defined type: panics print it as `main.T(5)`
    GOLLY_TFLAG_REGULAR_MEMORY = 1 << 3, // == and hashing may treat a value as `size` bytes
};

typedef int32_t golly_name_off;
typedef int32_t golly_type_off;
typedef int32_t golly_text_off;

// A func value that carries a type: the descriptor's `equal` and a map
// type's `hasher` (of the key type). The function is the runtime's
// generic one, `runtime.typedequal(ctx, p, q) bool` or
// `runtime.typedhash(ctx, p, seed) uintptr` (type.c), which finds the
// type in its closure (abi: go_funcval). Every Go function takes its closure
// as the first, hidden parameter, so reflect can call these directly.
typedef struct {
    void (*fn)(void);
    const struct golly_type *type;
} golly_typed_func;

// The common header (runtime/type.go _type, reflect's rtype). In IR:
//   { i64 size, i64 ptrdata, i32 hash, i8 tflag, i8 align, i8 fieldAlign,
//     i8 kind, ptr equal, ptr gcdata, i32 str, i32 ptrToThis }
typedef struct golly_type {
    uintptr_t size;
    // The pointer layout the collector scans by: a value's first ptrdata
    // bytes hold every pointer into the heap it contains (0: none, the
    // object is never scanned); bit i of gcdata (byte i/8, bit i%8) is set
    // when word i holds one. The type word of an interface points to
    // static data and is not marked.
    uintptr_t ptrdata;
    uint32_t hash;                  // FNV-1a of the descriptor's symbol; equal types, equal hashes
    uint8_t tflag;
    uint8_t align;
    uint8_t field_align;
    uint8_t kind;                   // GOLLY_KIND_* | GOLLY_KIND_DIRECT_IFACE
    const golly_typed_func *equal;  // NULL: == is not defined (spec: "Comparison operators")
    const uint8_t *gcdata;
    golly_name_off str;             // gc's spelling: "int", "main.T", "*main.T", "func(int) string"
    golly_type_off ptr_to_this;     // *T's descriptor when the program has one, else 0
} golly_type;

// Pointer and slice types: the element type.
typedef struct {
    golly_type type;
    const golly_type *elem;
} golly_ptrtype;
typedef golly_ptrtype golly_slicetype;

typedef struct {
    golly_type type;
    const golly_type *elem;
    const golly_type *slice;        // []elem
    uintptr_t len;
} golly_arraytype;

enum { GOLLY_CHAN_RECV = 1, GOLLY_CHAN_SEND = 2, GOLLY_CHAN_BOTH = 3 };
typedef struct {
    golly_type type;
    const golly_type *elem;
    uintptr_t dir;                  // GOLLY_CHAN_*
} golly_chantype;

// gc's maptype. golly's maps (map.h) use only key and elem; the rest is
// what gc's compiler writes, for reflect.MapOf to copy.
enum {
    GOLLY_MAP_INDIRECT_KEY = 1, GOLLY_MAP_INDIRECT_ELEM = 2, GOLLY_MAP_REFLEXIVE_KEY = 4,
    GOLLY_MAP_NEED_KEY_UPDATE = 8, GOLLY_MAP_HASH_MIGHT_PANIC = 16,
};
typedef struct {
    golly_type type;
    const golly_type *key;
    const golly_type *elem;
    const golly_type *bucket;       // NULL: golly's maps have no gc buckets
    const golly_typed_func *hasher; // (key pointer, seed) -> hash
    uint8_t keysize;                // gc's slot sizes: the size, or 8 for an indirect key
    uint8_t elemsize;
    uint16_t bucketsize;
    uint32_t flags;                 // GOLLY_MAP_*
} golly_maptype;

// A func type; its parameter types then its result types follow the
// uncommon part (golly_func_params).
enum { GOLLY_FUNC_VARIADIC = 1 << 15 };
typedef struct {
    golly_type type;
    uint16_t in_count;
    uint16_t out_count;             // | GOLLY_FUNC_VARIADIC when the last parameter is ...T
} golly_functype;

// What follows a func type's parameter and result types in a descriptor
// the compiler made (IRGen/ReflectCalls.swift; reflect reads neither, and
// finds the methods through moff): the adapters that call a function of
// the type with operands in reflect's frame, and that a func value made by
// reflect.MakeFunc or a method value made by reflect runs. Descriptors
// reflect.FuncOf makes, in the heap, have none (golly_func_adapters_of);
// the runtime's own (error.c) have NULLs.
typedef struct {
    void *call;                     // go:reflectcall.T(ctx, code, fn, args, results, method)
    void *makefunc;                 // go:makefunc.T(ctx, params...)
} golly_func_adapters;

// A name (reflect/type.go name): a flags byte (GOLLY_NAME_*), the length as
// a varint, the bytes; with GOLLY_NAME_TAG a varint length and the tag; with
// GOLLY_NAME_PKG_PATH a 4-byte nameOff from the name's first byte to the
// package path's name, for unexported methods and fields declared in a
// package other than their type's.
enum {
    GOLLY_NAME_EXPORTED = 1 << 0, GOLLY_NAME_TAG = 1 << 1,
    GOLLY_NAME_PKG_PATH = 1 << 2, GOLLY_NAME_EMBEDDED = 1 << 3,
};

typedef struct {
    const uint8_t *name;            // a name: `_` for blank fields (skipped by == and hashing)
    const golly_type *typ;
    uintptr_t offset;
} golly_structfield;

typedef struct {
    golly_type type;
    const uint8_t *pkg_path;        // a name; NULL when every field is exported
    struct {
        const golly_structfield *ptr;
        go_int len, cap;
    } fields;
} golly_structtype;

// An interface's method: its name and its type without receiver.
typedef struct {
    golly_name_off name;
    golly_type_off typ;
} golly_imethod;

typedef struct {
    golly_type type;
    const uint8_t *pkg_path;
    struct {
        const golly_imethod *ptr;
        go_int len, cap;
    } methods;                      // in golly_method order
} golly_interfacetype;

// A method of a concrete type's method set (spec: "Method sets"). Methods
// are sorted as gc sorts them (types.Sym.Less): exported first, then by
// name, then unexported ones by package path; interfaces list theirs in
// the same order, so building an itab is one merge (gc's itab.init).
typedef struct {
    golly_name_off name;
    golly_type_off mtyp;            // the method's func type without receiver
    // The function an itab calls, `results(ctx, data, args...)` where data
    // is the interface's data word (abi: go_eface.data).
    golly_text_off ifn;
    // The method expression T.M, `results(ctx, receiver, args...)`.
    golly_text_off tfn;
} golly_method;

typedef struct {
    golly_name_off pkg_path;        // the defining package's path, or 0
    uint16_t mcount;                // methods
    uint16_t xcount;                // exported methods (the first xcount)
    uint32_t moff;                  // from this struct to its [mcount]golly_method
    uint32_t unused;
} golly_uncommontype;

// The type word of a non-empty interface points to an itab (gc's
// runtime/runtime2.go itab): the interface type, the dynamic type, its
// hash, and the dynamic type's functions for the interface's methods, in
// the order of inter's methods. The compiler emits the itabs of the
// conversions it sees (`go:itab.T,I`); the runtime builds the others
// (getitab, iface.c). In IR:
//   { ptr inter, ptr type, i32 hash, i32, [N x ptr] fun }
typedef struct golly_itab {
    const golly_interfacetype *inter;
    const golly_type *type;
    uint32_t hash;                  // type->hash, for type switches
    uint32_t unused;
    void *fun[];
} golly_itab;

// The empty interface: {type, data}. A non-empty interface has the same
// layout with an itab in place of the type (go_iface). `data` points to a copy of the value,
// except for pointer-shaped kinds (pointer, map, chan, func, unsafe.Pointer)
// whose value is stored in `data` itself. In IR: { ptr, ptr addrspace(1) }.
typedef struct {
    const golly_type *type;
    void *data;
} go_eface;

typedef struct {
    const golly_itab *tab;
    void *data;
} go_iface;

// A func value points to a closure object { fnptr, captured... }; every Go
// function takes that object as its first, hidden parameter.
typedef struct {
    void (*fn)(void);
} go_funcval;

// A package variable that holds heap pointers: a root of the collector
// (docs/DESIGN.md §7). The compiler emits one entry per such variable into
// the ELF section `golly_gcroots`; the linker gathers every module's
// entries between `__start_golly_gcroots` and `__stop_golly_gcroots`, and
// the collector scans each variable precisely by its type's pointer
// bitmap. In IR: { ptr addr, ptr type }.
typedef struct {
    void *addr;
    const golly_type *type;
} golly_gcroot;

// A Go frame's description, in the deopt operands of its statepoints
// (IRGen/Statepoints/StatepointFrameSlots.swift, read by
// runtime/src/stackmap.c): a flags word, then (size, bitmap, slot) per
// frame slot that may hold heap pointers.
// The frame could not be described: scan it conservatively.
#define GOLLY_FRAME_CONSERVATIVE 1
// The slots are listed once per function, on one of its call sites; the
// others carry the flags word alone, with this bit.
#define GOLLY_FRAME_DESCRIBED_ELSEWHERE 2
// A slot's size with this bit: a stack object (its address is a Go
// pointer; scanned only while a live pointer reaches it).
#define GOLLY_STACK_OBJECT ((uint64_t)1 << 63)

#endif
