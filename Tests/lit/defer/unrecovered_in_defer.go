// A panic inside a deferred call while panicking, with nothing recovered:
// gc prints both panics, the earlier first, and exits 2.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:outer defer still runs
// CHECK-NEXT:panic: first
// CHECK-NEXT:	panic: second
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	defer println("outer defer still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}
