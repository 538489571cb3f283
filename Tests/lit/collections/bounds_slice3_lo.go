// In a full slice expression a low bound above the high bound panics with
// gc's [lo:hi:] message (runtime/error.go boundsSlice3C).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: slice bounds out of range [3:2:]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := make([]int, 5, 10)
	lo, hi, max := 3, 2, 4
	println(len(s[lo:hi:max]))
	println("not reached")
}
