// println of floats: gc's %e-like format, infinities, NaN, negative zero, float32.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:+1.500000e+000 -2.250000e+000 +0.000000e+000 -0.000000e+000
// CHECK-NEXT:+Inf -Inf NaN
// CHECK-NEXT:+3.141593e+000 +1.000000e-300 +1.234568e+008
// CHECK-NEXT:+1.000000e-001 +3.333333e-001 +2.000000e-001
// CHECK-NEXT:+3.333333e-001 +6.666667e-001
// CHECK-NOT:{{.}}

package main

func main() {
	var zero float64
	negZero := -zero
	println(1.5, -2.25, 0.0, negZero)
	big := 1e300
	println(big*1e10, -big*1e10, zero/zero)
	println(3.141592653589793, 1e-300, 123456789.0)
	var f32 float32 = 0.1
	println(f32, float32(1)/3, f32+f32)
	println(1.0/3.0, 2.0/3.0)
}
