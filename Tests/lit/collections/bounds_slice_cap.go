// Slicing a slice past its capacity panics with gc's message naming the
// high bound and the capacity (runtime/error.go boundsSliceAcap).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:panic: runtime error: slice bounds out of range [:5] with capacity 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func hi() int { return 5 }

func main() {
	s := make([]int, 2, 3)
	println(len(s[:3]))
	println(len(s[:hi()]))
	println("not reached")
}
