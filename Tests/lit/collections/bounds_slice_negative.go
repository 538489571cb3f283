// A negative variable low bound panics with gc's [lo:] message
// (runtime/error.go boundsSliceB).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: slice bounds out of range [-1:]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := []int{1, 2, 3, 4}
	lo := -1
	println(len(s[lo:]))
	println("not reached")
}
