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

// Kinds, numbered as reflect.Kind.
enum {
    GOLLY_KIND_INVALID = 0,
    GOLLY_KIND_BOOL, GOLLY_KIND_INT, GOLLY_KIND_INT8, GOLLY_KIND_INT16, GOLLY_KIND_INT32,
    GOLLY_KIND_INT64, GOLLY_KIND_UINT, GOLLY_KIND_UINT8, GOLLY_KIND_UINT16, GOLLY_KIND_UINT32,
    GOLLY_KIND_UINT64, GOLLY_KIND_UINTPTR, GOLLY_KIND_FLOAT32, GOLLY_KIND_FLOAT64,
    GOLLY_KIND_COMPLEX64, GOLLY_KIND_COMPLEX128, GOLLY_KIND_ARRAY, GOLLY_KIND_CHAN,
    GOLLY_KIND_FUNC, GOLLY_KIND_INTERFACE, GOLLY_KIND_MAP, GOLLY_KIND_POINTER,
    GOLLY_KIND_SLICE, GOLLY_KIND_STRING, GOLLY_KIND_STRUCT, GOLLY_KIND_UNSAFEPOINTER,
};

// Flags of a type descriptor.
enum {
    GOLLY_TFLAG_NAMED = 1,          // a defined type: panics print it as `main.T(5)`
    GOLLY_TFLAG_UNCOMPARABLE = 2,   // == is not defined (slices, maps, funcs, and
                                    // structs or arrays containing them)
    GOLLY_TFLAG_VARIADIC = 4,       // a func type whose last parameter is ...T
};

struct golly_type;

// A method of a type's method set (spec: "Method sets") or of an interface.
// A type descriptor lists its methods sorted by name, as an interface's
// methods are, so that building an itab is one merge of two sorted lists
// (gc's itab.init, runtime/iface.go).
typedef struct {
    go_string name;                 // "Error"
    go_string sig;                  // the method's type without receiver: "func() string"
    // Concrete types: the function an itab calls, `results(ctx, data, args...)`
    // where data is the interface's data word (abi: go_eface.data). NULL in
    // an interface's list.
    void *fn;
} golly_method;

// A field of a struct type, for the runtime's generic ==, hashing and GC.
typedef struct {
    const struct golly_type *type;
    uintptr_t offset;
    uintptr_t blank;                // a `_` field: skipped by == and hashing
} golly_field;

// A type descriptor, emitted by the compiler as a constant global named
// `type:T` (for example `type:int`, `type:main.T`) for every type the
// runtime needs: converted to an interface, a map's or channel's types,
// every allocation's type (newobject, makeslice, growslice). In IR:
//   { i64 size, i8 kind, i8 align, i16 flags, i32 pad, { ptr, i64 } name,
//     ptr elem, ptr key, ptr fields, i64 nfields, i64 len,
//     ptr methods, i64 nmethods, i64 ptrdata, ptr gcdata }
typedef struct golly_type {
    uintptr_t size;
    uint8_t kind;
    uint8_t align;
    uint16_t flags;
    uint32_t reserved;
    go_string name;                 // gc's spelling: "int", "main.T", "*main.T"
    const struct golly_type *elem;  // pointer, slice, array, chan: element; map: value
    const struct golly_type *key;   // map: key type
    const golly_field *fields;      // struct: its fields; func: its parameters' types
    go_int nfields;
    go_int len;                     // array: length; func: the number of results
    // Concrete types: the method set, with the functions itabs call.
    // Interfaces: their methods (embedded ones included), in itab order.
    const golly_method *methods;
    go_int nmethods;
    // The pointer layout the collector scans by (gc's _type.ptrdata and
    // gcdata): a value's first ptrdata bytes hold every pointer into the
    // heap it contains (0: none, the object is never scanned); bit i of
    // gcdata (byte i/8, bit i%8) is set when word i holds one. The type
    // word of an interface points to static data and is not marked.
    uintptr_t ptrdata;
    const uint8_t *gcdata;
} golly_type;

// The type word of a non-empty interface points to an itab (gc's
// runtime/runtime2.go itab): the interface type, the dynamic type and the
// dynamic type's functions for the interface's methods, in the order of
// inter->methods. The compiler emits the itabs of the conversions it sees
// (`go:itab.T,I`); the runtime builds the others (getitab, iface.c). In IR:
//   { ptr inter, ptr type, [N x ptr] fun }
typedef struct golly_itab {
    const struct golly_type *inter;
    const struct golly_type *type;
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

#endif
