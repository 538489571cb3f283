// A deferred call recovers a panic and then panics again, unrecovered: gc
// marks the first panic [recovered] above the new one.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:got first
// CHECK-NEXT:panic: first [recovered]
// CHECK-NEXT:	panic: second
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	defer func() {
		v := recover()
		println("got", v.(string))
		panic("second")
	}()
	panic("first")
}
