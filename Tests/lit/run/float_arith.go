// Floating-point arithmetic in float64 and float32, comparisons with NaN.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:+3.000000e-001 false
// CHECK-NEXT:+3.000000e-001 true
// CHECK-NEXT:false true false false
// CHECK-NEXT:true true false
// CHECK-NEXT:+3.500000e+000 -3.750000e+000
// CHECK-NOT:{{.}}

package main

func main() {
	a, b := 0.1, 0.2
	println(a+b, a+b == 0.3)
	var x, y float32 = 0.1, 0.2
	println(x+y, x+y == 0.3)
	var z float64
	nan := z / z
	println(nan == nan, nan != nan, nan < 1, nan > 1)
	inf := 1 / z
	println(inf > 1e308, -inf < 0, inf-inf == inf-inf)
	println(7.0/2.0, -7.5/2)
}
