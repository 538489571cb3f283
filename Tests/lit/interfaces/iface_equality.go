// Interface values are equal when both are nil or have identical dynamic
// types and equal dynamic values; comparison works across interface types
// and against a concrete value of a comparable type (Go spec, Comparison
// operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true true
// CHECK-NEXT:false
// CHECK-NEXT:false true
// CHECK-NEXT:true false false
// CHECK-NEXT:true false
// CHECK-NEXT:true false false true
// CHECK-NEXT:true false true true
// CHECK-NEXT:false true false true
// CHECK-NOT:{{.}}

package main

type I interface {
	M() int
}

type J interface {
	M() int
	N()
}

type T struct {
	a int
	s string
}

func (t T) M() int { return t.a }
func (t T) N()     {}

type U int

func (u U) M() int { return int(u) }
func (u U) N()     {}

type P struct{ x int }

func (p *P) M() int { return p.x }

//go:noinline
func eq(a I, b J) bool {
	return a == b
}

//go:noinline
func eqE(a I, b interface{}) bool {
	return a == b
}

func main() {
	var i I = T{1, "x"}
	var j J = T{1, "x"}
	println(eq(i, j), i == j)
	j = T{1, "y"}
	println(eq(i, j))
	j = U(1)
	println(eq(i, j), i.M() == j.M())
	var ni I
	var nj J
	println(eq(ni, nj), eq(i, nj), eq(ni, j))

	// Interface compared with a concrete value.
	println(i == T{1, "x"}, i == T{2, "x"})
	var u I = U(5)
	println(u == U(5), u == U(6), eqE(u, 5), eqE(u, U(5)))

	// Pointers compare by address.
	p1, p2 := &P{1}, &P{1}
	var a I = p1
	var b I = p1
	var c I = p2
	println(a == b, a == c, a != c, a == p1)

	// A nil pointer in an interface is not the nil interface.
	var np *P
	var d I = np
	println(d == nil, d == I((*P)(nil)), eqE(d, nil), eqE(d, np))
}
