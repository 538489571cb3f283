// Defers inside loops (heap records) mixed with top-level ones (stack
// records) in one function all run, newest first, with the values each
// defer statement saved.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:closure 1
// CHECK-NEXT:closure 2
// CHECK-NEXT:closure 3
// CHECK-NEXT:top 2
// CHECK-NEXT:inner 2 1
// CHECK-NEXT:inner 2 0
// CHECK-NEXT:loop a 2
// CHECK-NEXT:inner 1 1
// CHECK-NEXT:inner 1 0
// CHECK-NEXT:loop a 1
// CHECK-NEXT:inner 0 1
// CHECK-NEXT:inner 0 0
// CHECK-NEXT:loop a 0
// CHECK-NEXT:top 1
// CHECK-NEXT:f(0):
// CHECK-NEXT:body
// CHECK-NEXT:top 2
// CHECK-NEXT:top 1
// CHECK-NOT:{{.}}

package main

func f(n int) {
	defer println("top 1")
	for i := 0; i < n; i++ {
		defer println("loop a", i)
		for j := 0; j < 2; j++ {
			defer println("inner", i, j)
		}
	}
	defer println("top 2")
	for k := n; k > 0; k-- {
		defer func(k int) { println("closure", k) }(k)
	}
	println("body")
}

func main() {
	f(3)
	println("f(0):")
	f(0)
}
