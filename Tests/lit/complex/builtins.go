// real, imag and complex (Go spec: "Manipulating complex numbers"), on
// variables, constants and a two-result call spread into complex;
// conversions between complex64 and complex128.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:+2.500000e+000 -1.000000e+000
// CHECK-NEXT:(+1.000000e-001-2.000000e-001i) +1.000000e-001 -2.000000e-001
// CHECK-NEXT:(+1.000000e-001-2.000000e-001i) (+Inf+1.000000e+000i)
// CHECK-NEXT:+3.000000e+000 +4.000000e+000 (-7.000000e+000+2.400000e+001i)
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

func parts() (float32, float32) { return 0.1, -0.2 }

func main() {
	x := 2.5 - 1i
	println(real(x), imag(x))
	var y complex64 = complex(parts())
	println(y, real(y), imag(y))
	z := complex128(y)
	big := 1e40
	println(z, complex64(complex(big, 1)))
	const c = 3 + 4i
	println(real(c), imag(c), c*c)
	var re, im float64 = 7, -8
	println(complex(re, im) == 7-8i)
}
