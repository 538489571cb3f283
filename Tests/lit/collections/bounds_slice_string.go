// Slicing a string past its length panics with gc's message naming the
// length (runtime/error.go boundsSliceAlen).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:llo
// CHECK-NEXT:panic: runtime error: slice bounds out of range [:10] with length 5
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	s := "hello"
	n := 10
	println(s[2:])
	println(s[:n])
	println("not reached")
}
