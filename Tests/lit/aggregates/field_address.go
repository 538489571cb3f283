// Pointers to fields and array elements alias the containing variable; a
// local whose address escapes outlives its function; a field promoted
// through a nil embedded pointer panics (Go spec, Address operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:5 7
// CHECK-NEXT:5 6
// CHECK-NEXT:5 4
// CHECK-NEXT:9
// CHECK-NEXT:11
// CHECK-NEXT:recovered true
// CHECK-NOT:{{.}}

package main

type T struct {
	A [3]int
	B struct{ C, D int }
}

type E struct{ *T }

func mk() *T {
	var t T
	t.A[1] = 4
	return &t
}

func addr(t *T) *int { return &t.B.D }

func main() {
	x := T{}
	p := &x.A[1]
	*p = 5
	q := &x.B
	q.C = 7
	println(x.A[1], x.B.C)
	y := x
	*p = 6
	println(y.A[1], x.A[1])
	h1, h2 := mk(), mk()
	h1.A[1]++
	println(h1.A[1], h2.A[1])
	*addr(&y) = 9
	println(y.B.D)
	f := func() *int { return &x.B.D }
	*f() = 11
	println(x.B.D)
	var e E
	defer func() { println("recovered", recover() != nil) }()
	println(e.A[0])
}
