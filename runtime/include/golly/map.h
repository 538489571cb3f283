// Maps: the runtime entry points compiled code calls (gc: runtime/map.go).
// Keys and values are passed by address; the map's type descriptor (kind
// map) gives the key type (`key`) and value type (`elem`), whose
// descriptors drive hashing and == generically (abi.h).
#ifndef GOLLY_MAP_H
#define GOLLY_MAP_H

#include "abi.h"

// The map header. Compiled code reads `count` for len(m) (0 for a nil map).
typedef struct golly_map {
    go_int count;
    // The rest is private to the runtime.
} golly_map;

// make(map[K]V, hint). As in gc 1.19, a negative or huge hint computed at
// run time is treated as 0 (runtime/map.go makemap).
golly_map *golly_makemap(const golly_type *maptype, go_int hint) GOLLY_NAME("runtime.makemap");
// v := m[k]: the address of k's value, or of a zero value if k is absent or m is nil.
void *golly_mapaccess1(const golly_type *maptype, golly_map *m, const void *key) GOLLY_NAME("runtime.mapaccess1");
// v, ok := m[k]: the address of k's value, or NULL if absent (or m is nil).
void *golly_mapaccess2(const golly_type *maptype, golly_map *m, const void *key) GOLLY_NAME("runtime.mapaccess2");
// m[k] = v: the address where k's value is stored (inserting a zero value);
// a nil map panics with gc's plainError `assignment to entry in nil map`.
void *golly_mapassign(const golly_type *maptype, golly_map *m, const void *key) GOLLY_NAME("runtime.mapassign");
// delete(m, k); a nil map or an absent key does nothing.
void golly_mapdelete(const golly_type *maptype, golly_map *m, const void *key) GOLLY_NAME("runtime.mapdelete");

// for k, v := range m. The iterator lives in the ranging frame; `key` is NULL
// once the iteration is over. Each iteration starts at a random position, as
// gc's does; entries deleted during the iteration are not produced, entries
// added may or may not be.
typedef struct {
    void *key;
    void *elem;
    uintptr_t state[10];            // private to the runtime
} golly_hiter;
void golly_mapiterinit(const golly_type *maptype, golly_map *m, golly_hiter *it) GOLLY_NAME("runtime.mapiterinit");
void golly_mapiternext(golly_hiter *it) GOLLY_NAME("runtime.mapiternext");

// m == nil and friends need nothing from the runtime. Hashing a key whose
// dynamic type is not comparable (an interface key holding a slice) panics:
// `runtime error: hash of unhashable type []int`.

#endif
