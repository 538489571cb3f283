// A variable low bound above an array's length panics with gc's [lo:hi]
// message, the high bound being the array's length (runtime/error.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: slice bounds out of range [5:3]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	var a [3]int
	lo := 5
	println(len(a[lo:]))
	println("not reached")
}
