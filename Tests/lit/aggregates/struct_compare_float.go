// Struct and array equality compare float fields with float ==: a NaN field
// makes a value unequal to itself, and +0 equals -0 (Go spec, Comparison
// operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:false true
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:false true
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

type V struct {
	X float64
	Y float32
}

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	a := V{X: nan}
	println(a == a, a != a)
	b := V{X: zero, Y: float32(negz)}
	c := V{X: negz, Y: 0}
	println(b == c, b.X == c.X)
	d := V{X: negz, Y: float32(negz)}
	println(d == V{})
	arr := [2]float64{1, nan}
	println(arr == arr, arr != arr)
	arr2 := [2]float64{negz, 1}
	println(arr2 == [2]float64{0, 1})
}
