// make([]T, len, cap) with cap below len panics with gc's makeslice
// message (runtime/slice.go panicmakeslicecap).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: makeslice: cap out of range
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	l, c := 5, 3
	s := make([]int, l, c)
	println("not reached", len(s))
}
