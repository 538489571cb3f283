// Slicing an array through a pointer past its length panics with gc's
// message (runtime/error.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:panic: runtime error: slice bounds out of range [:6] with length 4
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

var arr [4]int

func main() {
	p := &arr
	n := 6
	println(len(p[1:]))
	println(len(p[:n]))
	println("not reached")
}
