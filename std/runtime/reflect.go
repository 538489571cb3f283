package runtime

import "unsafe"

// The functions internal/reflectlite and reflect declare without a body
// and gc's runtime provides by //go:linkname (runtime/runtime1.go,
// type.go, malloc.go, mbarrier.go, iface.go, chan.go, map.go): pushed
// here to the symbols they declare, over the C runtime's entry points.
// Their parameters are reflect's *rtype; here they are the same pointers
// as unsafe.Pointer.

// resolveOff is base + off for a descriptor in the executable, else the
// pointer addReflectOff registered under the id off (runtime/src/type.c).
func resolveOff(base unsafe.Pointer, off int32) unsafe.Pointer

// newTyped allocates a zeroed object of the type typ describes.
func newTyped(typ unsafe.Pointer) unsafe.Pointer

// getitab returns the itab of the interface type inter and the dynamic
// type typ, panicking as a failed type assertion does if typ lacks a method.
func getitab(inter, typ unsafe.Pointer) unsafe.Pointer

// chanLen and mapLen are len of a channel and of a map (0 for nil).
func chanLen(c unsafe.Pointer) int
func mapLen(m unsafe.Pointer) int

// memmove copies n bytes from src to dst.
func memmove(dst, src unsafe.Pointer, n uintptr)

// typeSize is the size of the values the descriptor typ describes (its
// first word, runtime/include/golly/abi.h golly_type).
func typeSize(typ unsafe.Pointer) uintptr { return *(*uintptr)(typ) }

// eface is an empty interface's two words (abi.h go_eface).
type eface struct {
	typ, data unsafe.Pointer
}

//go:linkname reflectlite_resolveNameOff internal/reflectlite.resolveNameOff
func reflectlite_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveOff(ptrInModule, off)
}

//go:linkname reflectlite_resolveTypeOff internal/reflectlite.resolveTypeOff
func reflectlite_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveOff(rtype, off)
}

//go:linkname reflectlite_unsafe_New internal/reflectlite.unsafe_New
func reflectlite_unsafe_New(typ unsafe.Pointer) unsafe.Pointer {
	return newTyped(typ)
}

//go:linkname reflectlite_typedmemmove internal/reflectlite.typedmemmove
func reflectlite_typedmemmove(typ, dst, src unsafe.Pointer) {
	memmove(dst, src, typeSize(typ))
}

// ifaceE2I stores src, converted to the interface type inter, at dst
// (gc's reflect_ifaceE2I).
//
//go:linkname reflectlite_ifaceE2I internal/reflectlite.ifaceE2I
func reflectlite_ifaceE2I(inter unsafe.Pointer, src any, dst unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&src))
	*(*eface)(dst) = eface{getitab(inter, e.typ), e.data}
}

//go:linkname reflectlite_chanlen internal/reflectlite.chanlen
func reflectlite_chanlen(c unsafe.Pointer) int { return chanLen(c) }

//go:linkname reflectlite_maplen internal/reflectlite.maplen
func reflectlite_maplen(m unsafe.Pointer) int { return mapLen(m) }
