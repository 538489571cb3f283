// In a full slice expression a high bound above max panics with gc's
// [:hi:max] message (runtime/error.go boundsSlice3B).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: slice bounds out of range [:4:3]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := make([]int, 5, 10)
	hi, max := 4, 3
	println(len(s[:hi:max]))
	println("not reached")
}
