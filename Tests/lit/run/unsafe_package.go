// Package unsafe (spec: "Package unsafe"): Sizeof, Alignof and Offsetof
// are constants equal to gc's on amd64 (a struct ending in a zero-size
// field gets a byte of padding, and golly's layout agrees: stepping by
// Sizeof reaches the next element); Pointer converts to and from any
// pointer and uintptr; Add and Slice, with unsafe.Slice's checks as
// runtime errors.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:12 1 10 24
// CHECK-NEXT:5 true
// CHECK-NEXT:40 8 8 16 4 24 32
// CHECK-NEXT:16 0 6 4 16 24 16
// CHECK-NEXT:12
// CHECK-NEXT:30
// CHECK-NEXT:20
// CHECK-NEXT:2 2 20 30
// CHECK-NEXT:true
// CHECK-NEXT:4609434218613702656
// CHECK-NEXT:recovered: runtime error: unsafe.Slice: len out of range
// CHECK-NOT:{{.}}

package main

import "unsafe"

type inner struct {
	a byte
	b int32
}

type S struct {
	x  bool
	y  int64
	in inner
	c  complex64
	z  [0]int
}

type E struct{}

type T struct {
	n  int
	e  E
}

func main() {
	var s S
	println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.y), unsafe.Offsetof(s.in), unsafe.Offsetof(s.in.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.z))
	println(unsafe.Sizeof(T{}), unsafe.Sizeof(E{}), unsafe.Sizeof([3]int16{}), unsafe.Alignof(s.c), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)))
	const k = unsafe.Sizeof(int32(0)) * 3
	var arr [k]byte
	println(len(arr))

	xs := []int64{10, 20, 30, 40}
	p := unsafe.Pointer(&xs[0])
	q := (*int64)(unsafe.Add(p, 16))
	println(*q)
	u := uintptr(p) + 8
	println(*(*int64)(unsafe.Pointer(u)))
	sl := unsafe.Slice(&xs[1], 2)
	println(len(sl), cap(sl), sl[0], sl[1])
	var np *int
	println(unsafe.Slice(np, 0) == nil)
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
	defer func() { println("recovered:", recover().(error).Error()) }()
	n := -1
	_ = unsafe.Slice(&xs[0], n)
}

type U struct {
	a int32
	b int32
	z struct{}
}

func init() {
	us := make([]U, 3)
	for i := range us {
		us[i] = U{int32(i), int32(i * 10), struct{}{}}
	}
	base := unsafe.Pointer(&us[0])
	second := (*U)(unsafe.Add(base, unsafe.Sizeof(U{})))
	println(unsafe.Sizeof(U{}), second.a, second.b, uintptr(unsafe.Pointer(&us[2]))-uintptr(base))
	m := map[U]int{us[1]: 5}
	println(m[U{1, 10, struct{}{}}], us[1] == U{1, 10, struct{}{}})
}
