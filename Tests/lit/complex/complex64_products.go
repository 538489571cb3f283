// complex64 products are computed in float64 and rounded once, as gc does
// (ssagen: "Compute in Float64 to minimize cancellation error"): no NaN
// from float32 overflow of cancelling cross terms, gc's last digit.
// Duplicate complex case values are allowed (types2 checks no duplicates
// among complex constants).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:(+0.000000e+000+Infi)
// CHECK-NEXT:(-5.960465e-008+2.000000e+000i)
// CHECK-NEXT:(-5.960465e-008+2.000000e+000i)
// CHECK-NEXT:first 1i
// CHECK-NOT:{{.}}

package main

func main() {
	a := complex64(complex(3e38, 3e38))
	println(a * a)
	b := complex64(complex(1.0000001, 1))
	c := complex64(complex(0.99999994, 1.0000001))
	println(b * c)
	b *= c
	println(b)
	var x complex128 = 1i
	switch x {
	case 1i, 1i:
		println("first 1i")
	}
}
