// A method value x.M binds its receiver when evaluated: a value receiver
// is copied then, so later changes are not seen; a pointer receiver (also
// &x taken implicitly) sees them (Go spec, Method values).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 2
// CHECK-NEXT:7 1 7
// CHECK-NEXT:7 8
// CHECK-NEXT:3 4
// CHECK-NEXT:0 10
// CHECK-NOT:{{.}}

package main

type Box struct {
	N int
}

func (b Box) Get() int {
	return b.N
}

func (b *Box) Ptr() int {
	return b.N
}

func (b *Box) Set(n int) {
	b.N = n
}

type Outer struct {
	Box
}

func apply(f func(int), v int) {
	f(v)
}

func main() {
	b := Box{1}
	get := b.Get
	ptr := b.Ptr
	b.N = 2
	println(get(), ptr(), b.Get())

	set := b.Set
	apply(set, 7)
	println(b.N, get(), ptr())

	p := &b
	viaPtr := p.Get
	b.N = 8
	println(viaPtr(), p.Ptr())

	o := Outer{Box{3}}
	og := o.Get
	os := o.Set
	os(4)
	println(og(), o.N)

	var fs [2]func() int
	for i := 0; i < 2; i++ {
		fs[i] = Box{i * 10}.Get
	}
	println(fs[0](), fs[1]())
}
