// Indexing a slice past its length panics with gc's message (runtime/error.go
// boundsIndex).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:panic: runtime error: index out of range [3] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := make([]int, 3, 10)
	i := 3
	s[2] = 1
	println(s[2])
	s[i] = 5
	println("not reached")
}
