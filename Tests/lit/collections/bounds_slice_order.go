// A low bound above the high bound panics with gc's [lo:hi] message
// (runtime/error.go boundsSliceB).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2
// CHECK-NEXT:panic: runtime error: slice bounds out of range [3:2]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	println(len(s[1:3]))
	println(len(s[lo:hi]))
	println("not reached")
}
