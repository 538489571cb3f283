// 100000 defers in a loop per call, five calls with runtime.GC between:
// heap records are taken from and returned to the pool, and every deferred
// closure changes the named result.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:4999950000
// CHECK-NEXT:4999950000
// CHECK-NEXT:4999950000
// CHECK-NEXT:4999950000
// CHECK-NEXT:4999950000
// CHECK-NOT:{{.}}

package main

import "runtime"

func f(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(i int) { sum += i }(i)
	}
	return 0
}

func main() {
	for k := 0; k < 5; k++ {
		println(f(100000))
		runtime.GC()
	}
}
