// complex64 and complex128 arithmetic (Go spec: "Arithmetic operators"):
// + - * part by part, / by Smith's algorithm with C99's fix-ups for
// infinities and zeros (gc's runtime/complex.go), unary -, op=, ++, and
// complex64 results rounded to float32 parts.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:(+4.500000e+000+2.000000e+000i) (-1.500000e+000-6.000000e+000i) (+1.250000e+001+0.000000e+000i) (-1.400000e-001-4.800000e-001i) (-1.500000e+000+2.000000e+000i)
// CHECK-NEXT:(-3.000000e+000+9.000000e+000i)
// CHECK-NEXT:(+5.170000e+000+6.490000e+000i) (+1.836555e-001+7.056239e-001i) (+4.400000e+000+1.500000e+000i)
// CHECK-NEXT:(+Inf+Infi)
// CHECK-NEXT:(+Inf-Infi) (+0.000000e+000+0.000000e+000i)
// CHECK-NEXT:(NaNNaNi) (NaNNaNi)
// CHECK-NEXT:(+1.000000e+000+1.000000e+000i)
// CHECK-NOT:{{.}}

package main

var zero float64

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	println(a+b, a-b, a*b, a/b, -a)
	c := a
	c += b
	c *= 2i
	c++
	println(c)

	var f complex64 = 1.1 + 2.2i
	g := complex64(3.3 - 0.7i)
	println(f*g, f/g, f+g)

	inf := 1 / zero
	nan := zero / zero
	println(b/complex(zero, 0))
	println(complex(inf, 1)/b, b/complex(inf, inf))
	println(complex(nan, 1)*b, complex(1, nan)/b)
	println(complex(1e300, 1e300)/complex(1e300, 1e-300))
}
