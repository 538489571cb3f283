// In a full slice expression of an array, a max above the array's length
// panics with gc's [::max] message naming the length (cmd/compile/internal/
// ssagen/ssa.go slice).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:panic: runtime error: slice bounds out of range [::6] with length 4
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	var a [4]int
	m := 6
	println(cap(a[1:2:4]))
	println(cap(a[1:2:m]))
	println("not reached")
}
