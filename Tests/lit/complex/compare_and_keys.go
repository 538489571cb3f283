// == on complex values compares both parts as floats (a NaN part is
// unequal, -0 equals +0); complex map keys hash by value, NaN keys never
// match; complex values in interfaces compare, switch and print as in gc.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:false true true false
// CHECK-NEXT:4 1 2 0
// CHECK-NEXT:true false
// CHECK-NEXT:complex64 (+2.000000e+000-3.000000e+000i)
// CHECK-NEXT:true false
// CHECK-NEXT:panic: (+2.000000e+000-3.000000e+000i)
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

var zero float64

func main() {
	nan := complex(zero/zero, 0)
	negz := complex(-zero, 0)
	println(nan == nan, nan != nan, negz == 0, 1+2i != 1+2i)

	m := map[complex128]int{1i: 1, negz: 2}
	m[nan] = 3
	m[nan] = 4
	println(len(m), m[1i], m[0], m[nan])

	var e interface{} = complex64(2 - 3i)
	println(e == complex64(2-3i), e == 2-3i)
	switch v := e.(type) {
	case complex128:
		println("complex128", v)
	case complex64:
		println("complex64", v)
	}
	type pair struct{ a, b complex128 }
	println(pair{1, 2} == pair{1, 2}, pair{nan, 2} == pair{nan, 2})
	panic(e)
}
