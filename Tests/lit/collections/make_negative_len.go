// make([]T, n) with a negative variable length panics with gc's makeslice
// message (runtime/slice.go panicmakeslicelen).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2
// CHECK-NEXT:panic: runtime error: makeslice: len out of range
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	n := -1
	s := make([]int, 2)
	println(len(s))
	s = make([]int, n)
	println("not reached", len(s))
}
