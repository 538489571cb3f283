// In a full slice expression a max above the capacity panics with gc's
// [::max] message (runtime/error.go boundsSlice3Acap).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:panic: runtime error: slice bounds out of range [::5] with capacity 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := make([]int, 2, 3)
	m := 5
	println(cap(s[0:1:3]))
	println(cap(s[0:1:m]))
	println("not reached")
}
