// Float keys follow ==: +0 and -0 are the same key, and NaN is never equal to
// itself, so each NaN assignment adds an entry that no lookup finds (Go spec,
// Map types; runtime/alg.go f64hash).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 2
// CHECK-NEXT:4
// CHECK-NEXT:0 false
// CHECK-NEXT:62 3
// CHECK-NEXT:4
// CHECK-NEXT:5 6 6
// CHECK-NEXT:1 negzero
// CHECK-NEXT:3 4
// CHECK-NOT:{{.}}

package main

func main() {
	zero := 0.0
	neg := -zero
	nan := zero / zero
	m := map[float64]int{}
	m[zero] = 1
	m[neg] = 2
	println(len(m), m[0], m[neg])
	m[nan] = 10
	m[nan] = 20
	m[nan] += 30
	println(len(m))
	v, ok := m[nan]
	println(v, ok)
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(sum, nans)
	delete(m, nan)
	println(len(m))
	inf := 1 / zero
	m[inf] = 5
	m[-inf] = 6
	println(m[inf], m[-inf], len(m))

	m32 := map[float32]string{}
	var z32 float32
	m32[z32] = "zero"
	m32[-z32] = "negzero"
	println(len(m32), m32[0])

	mi := map[interface{}]int{}
	mi[nan] = 1
	mi[nan] = 2
	mi[zero] = 3
	mi[neg] = 4
	println(len(mi), mi[0.0])
}
