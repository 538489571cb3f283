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

// typeSize is the size of the values the descriptor typ describes.
func typeSize(typ unsafe.Pointer) uintptr

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

// ---- reflect's hooks (reflect/value.go, type.go, makefunc.go).

// The C runtime's maps, channels and memory, for reflect (runtime/src/reflect.c).
func addReflectOff(p unsafe.Pointer) int32
func newArray(elem unsafe.Pointer, n int) unsafe.Pointer
func memclr(p unsafe.Pointer, n uintptr)
func typeHash(typ, p unsafe.Pointer, seed uintptr) uintptr
func makeMap(typ unsafe.Pointer, hint int) unsafe.Pointer
func mapAccess(typ, m, key unsafe.Pointer) unsafe.Pointer
func mapAssign(typ, m, key, val unsafe.Pointer)
func mapDelete(typ, m, key unsafe.Pointer)
func mapIterInit(typ, m, it unsafe.Pointer)
func mapIterNext(it unsafe.Pointer)
func makeChan(typ unsafe.Pointer, size int) unsafe.Pointer
func chanCap(c unsafe.Pointer) int
func chanClose(c unsafe.Pointer)

// selectGo runs a select over n cases (abi: chan.h golly_scase), blocking
// unless block is false; -1 when none is ready.
func selectGo(cases unsafe.Pointer, n int, block bool, recvOK *bool) int

// scase is chan.h's golly_scase.
type scase struct {
	c    unsafe.Pointer
	elem unsafe.Pointer
	dir  uintptr
}

// zeroVal is the zero value reflect hands out for small types (gc's runtime.zeroVal).
var zeroVal [1024]byte

//go:linkname reflect_resolveNameOff reflect.resolveNameOff
func reflect_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveOff(ptrInModule, off)
}

//go:linkname reflect_resolveTypeOff reflect.resolveTypeOff
func reflect_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveOff(rtype, off)
}

//go:linkname reflect_resolveTextOff reflect.resolveTextOff
func reflect_resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return resolveOff(rtype, off)
}

//go:linkname reflect_addReflectOff reflect.addReflectOff
func reflect_addReflectOff(ptr unsafe.Pointer) int32 { return addReflectOff(ptr) }

// typelinks lists the program's type descriptors sorted by their strings
// (gc's linker writes the table; golly's runtime sorts the descriptors
// the package objects list, runtime/src/typelinks.c), as offsets from one
// nil section: descriptors' addresses.
//
//go:linkname reflect_typelinks reflect.typelinks
func reflect_typelinks() (sections []unsafe.Pointer, offset [][]int32) {
	if typelinkOffsets == nil {
		offsets := make([]int32, typelinksCount())
		if len(offsets) > 0 {
			typelinksFill(&offsets[0])
		}
		typelinkOffsets = offsets
	}
	return []unsafe.Pointer{nil}, [][]int32{typelinkOffsets}
}

var typelinkOffsets []int32

func typelinksCount() int
func typelinksFill(dst *int32)

//go:linkname reflect_unsafe_New reflect.unsafe_New
func reflect_unsafe_New(typ unsafe.Pointer) unsafe.Pointer { return newTyped(typ) }

//go:linkname reflect_unsafe_NewArray reflect.unsafe_NewArray
func reflect_unsafe_NewArray(typ unsafe.Pointer, n int) unsafe.Pointer { return newArray(typ, n) }

//go:linkname reflect_memmove reflect.memmove
func reflect_memmove(dst, src unsafe.Pointer, size uintptr) { memmove(dst, src, size) }

//go:linkname reflect_typedmemmove reflect.typedmemmove
func reflect_typedmemmove(typ, dst, src unsafe.Pointer) { memmove(dst, src, typeSize(typ)) }

//go:linkname reflect_typedmemmovepartial reflect.typedmemmovepartial
func reflect_typedmemmovepartial(typ, dst, src unsafe.Pointer, off, size uintptr) {
	memmove(dst, src, size)
}

//go:linkname reflect_typedmemclr reflect.typedmemclr
func reflect_typedmemclr(typ, ptr unsafe.Pointer) { memclr(ptr, typeSize(typ)) }

//go:linkname reflect_typedmemclrpartial reflect.typedmemclrpartial
func reflect_typedmemclrpartial(typ, ptr unsafe.Pointer, off, size uintptr) {
	memclr(unsafe.Add(ptr, off), size)
}

// sliceHeader is internal/unsafeheader.Slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

//go:linkname reflect_typedslicecopy reflect.typedslicecopy
func reflect_typedslicecopy(elem unsafe.Pointer, dst, src sliceHeader) int {
	n := dst.len
	if src.len < n {
		n = src.len
	}
	if n > 0 {
		memmove(dst.data, src.data, uintptr(n)*typeSize(elem))
	}
	return n
}

//go:linkname reflect_typehash reflect.typehash
func reflect_typehash(typ, p unsafe.Pointer, h uintptr) uintptr { return typeHash(typ, p, h) }

// verifyNotInHeapPtr: golly has no go:notinheap types.
//
//go:linkname reflect_verifyNotInHeapPtr reflect.verifyNotInHeapPtr
func reflect_verifyNotInHeapPtr(p uintptr) bool { return true }

//go:linkname reflect_ifaceE2I reflect.ifaceE2I
func reflect_ifaceE2I(inter unsafe.Pointer, src any, dst unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&src))
	*(*eface)(dst) = eface{getitab(inter, e.typ), e.data}
}

//go:linkname reflect_makemap reflect.makemap
func reflect_makemap(typ unsafe.Pointer, cap int) unsafe.Pointer { return makeMap(typ, cap) }

//go:linkname reflect_mapaccess reflect.mapaccess
func reflect_mapaccess(typ, m, key unsafe.Pointer) unsafe.Pointer { return mapAccess(typ, m, key) }

//go:linkname reflect_mapaccess_faststr reflect.mapaccess_faststr
func reflect_mapaccess_faststr(typ, m unsafe.Pointer, key string) unsafe.Pointer {
	return mapAccess(typ, m, unsafe.Pointer(&key))
}

//go:linkname reflect_mapassign reflect.mapassign
func reflect_mapassign(typ, m, key, val unsafe.Pointer) { mapAssign(typ, m, key, val) }

//go:linkname reflect_mapassign_faststr reflect.mapassign_faststr
func reflect_mapassign_faststr(typ, m unsafe.Pointer, key string, val unsafe.Pointer) {
	reflect_mapassign(typ, m, unsafe.Pointer(&key), val)
}

//go:linkname reflect_mapdelete reflect.mapdelete
func reflect_mapdelete(typ, m, key unsafe.Pointer) { mapDelete(typ, m, key) }

//go:linkname reflect_mapdelete_faststr reflect.mapdelete_faststr
func reflect_mapdelete_faststr(typ, m unsafe.Pointer, key string) {
	mapDelete(typ, m, unsafe.Pointer(&key))
}

// reflect's hiter and map.h's golly_hiter are both twelve words, the key
// and element pointers first.
//
//go:linkname reflect_mapiterinit reflect.mapiterinit
func reflect_mapiterinit(typ, m, it unsafe.Pointer) { mapIterInit(typ, m, it) }

//go:linkname reflect_mapiternext reflect.mapiternext
func reflect_mapiternext(it unsafe.Pointer) { mapIterNext(it) }

//go:linkname reflect_mapiterkey reflect.mapiterkey
func reflect_mapiterkey(it unsafe.Pointer) unsafe.Pointer { return *(*unsafe.Pointer)(it) }

//go:linkname reflect_mapiterelem reflect.mapiterelem
func reflect_mapiterelem(it unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(it, 8))
}

//go:linkname reflect_maplen reflect.maplen
func reflect_maplen(m unsafe.Pointer) int { return mapLen(m) }

//go:linkname reflect_makechan reflect.makechan
func reflect_makechan(typ unsafe.Pointer, size int) unsafe.Pointer { return makeChan(typ, size) }

//go:linkname reflect_chanlen reflect.chanlen
func reflect_chanlen(c unsafe.Pointer) int { return chanLen(c) }

//go:linkname reflect_chancap reflect.chancap
func reflect_chancap(c unsafe.Pointer) int { return chanCap(c) }

//go:linkname reflect_chanclose reflect.chanclose
func reflect_chanclose(c unsafe.Pointer) { chanClose(c) }

//go:linkname reflect_chansend reflect.chansend
func reflect_chansend(c, val unsafe.Pointer, nb bool) bool {
	cases := [1]scase{{c, val, 1}}
	var ok bool
	return selectGo(unsafe.Pointer(&cases), 1, !nb, &ok) == 0
}

//go:linkname reflect_chanrecv reflect.chanrecv
func reflect_chanrecv(c unsafe.Pointer, nb bool, val unsafe.Pointer) (selected, received bool) {
	cases := [1]scase{{c, val, 2}}
	var ok bool
	if selectGo(unsafe.Pointer(&cases), 1, !nb, &ok) != 0 {
		return false, false
	}
	return true, ok
}

// runtimeSelect is reflect's: {dir SelectDir, typ *rtype, ch, val unsafe.Pointer}.
type runtimeSelect struct {
	dir uintptr
	typ unsafe.Pointer
	ch  unsafe.Pointer
	val unsafe.Pointer
}

//go:linkname reflect_rselect reflect.rselect
func reflect_rselect(cases []runtimeSelect) (chosen int, recvOK bool) {
	// reflect's SelectSend (1) and SelectRecv (2) are chan.h's directions;
	// a SelectDefault (3) case makes the select non-blocking.
	sc := make([]scase, 0, len(cases))
	index := make([]int, 0, len(cases))
	dflt := -1
	for i, c := range cases {
		if c.dir == 3 {
			dflt = i
			continue
		}
		if c.ch == nil {
			continue // a nil channel is never ready
		}
		sc = append(sc, scase{c.ch, c.val, c.dir})
		index = append(index, i)
	}
	var p unsafe.Pointer
	if len(sc) > 0 {
		p = unsafe.Pointer(&sc[0])
	}
	n := selectGo(p, len(sc), dflt < 0, &recvOK)
	if n < 0 {
		return dflt, false
	}
	return index[n], recvOK
}

// funcAdapters gives std/reflect the adapters of a func type the compiler
// made (abi.h golly_func_adapters: reflect.Value.Call's and MakeFunc's),
// nil for one reflect.FuncOf made.
//
//go:linkname reflect_funcAdapters reflect.funcAdapters
func reflect_funcAdapters(typ unsafe.Pointer) (call, makefunc unsafe.Pointer) {
	a := funcAdapters(typ)
	if a == nil {
		return nil, nil
	}
	return *(*unsafe.Pointer)(a), *(*unsafe.Pointer)(unsafe.Add(a, unsafe.Sizeof(a)))
}

func funcAdapters(typ unsafe.Pointer) unsafe.Pointer
