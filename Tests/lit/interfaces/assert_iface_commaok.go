// x.(I) with an interface type I succeeds when the dynamic type implements
// I; the comma-ok form yields false and a zero I otherwise, and for a nil x
// (Go spec, Type assertions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:sizer 4 no-namer true false
// CHECK-NEXT:sizer 5 namer hello true
// CHECK-NEXT:no-sizer true no-namer true false
// CHECK-NEXT:no-sizer true no-namer true false
// CHECK-NEXT:no-sizer true no-namer true false
// CHECK-NEXT:xy
// CHECK-NEXT:false
// CHECK-NEXT:2 xy
// CHECK-NOT:{{.}}

package main

type Sizer interface {
	Size() int
}

type Namer interface {
	Name() string
}

type Both interface {
	Sizer
	Namer
}

type A struct{ n int }

func (a A) Size() int { return a.n }

type B struct{ s string }

func (b *B) Size() int     { return len(b.s) }
func (b *B) Name() string  { return b.s }

//go:noinline
func check(x interface{}) {
	if s, ok := x.(Sizer); ok {
		print("sizer ", s.Size(), " ")
	} else {
		print("no-sizer ", s == nil, " ")
	}
	n, ok := x.(Namer)
	if ok {
		print("namer ", n.Name(), " ")
	} else {
		print("no-namer ", n == nil, " ")
	}
	_, ok = x.(Both)
	println(ok)
}

func main() {
	check(A{4})
	check(&B{"hello"})
	check(B{"value"})
	check(7)
	check(nil)
	var s Sizer = &B{"xy"}
	if n, ok := s.(Namer); ok {
		println(n.Name())
	}
	var nilS Sizer
	_, ok := nilS.(Sizer)
	println(ok)
	b := s.(Both)
	println(b.Size(), b.Name())
}
