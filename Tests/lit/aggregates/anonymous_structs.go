// Anonymous struct types: variables, literals, nesting, assignment between
// identical struct types, and conversion to a named type with the same
// underlying type (Go spec, Type identity; Assignability; Conversions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 two
// CHECK-NEXT:3 two 2
// CHECK-NEXT:3
// CHECK-NEXT:two
// CHECK-NEXT:+1.500000e+000 +0.000000e+000 true
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

type Named struct {
	A int
	B string
}

func main() {
	var v struct {
		A int
		B string
	}
	v.A = 1
	v.B = "one"
	w := struct {
		A int
		B string
	}{2, "two"}
	v = w
	println(v.A, v.B)

	var n Named = v
	n.A = 3
	println(n.A, n.B, v.A)
	v = struct {
		A int
		B string
	}(n)
	println(v.A)
	m := Named(w)
	println(m.B)

	pt := struct {
		Pos struct{ X, Y float64 }
		Ok  bool
	}{Ok: true}
	pt.Pos.X = 1.5
	println(pt.Pos.X, pt.Pos.Y, pt.Ok)
	var empty struct{}
	println(empty == struct{}{})
}
