// A negative string index (gc's message omits the length) and, from a
// deferred call, an index past the end of a multi-byte string.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: index out of range [-1]
// CHECK-NEXT:	panic: runtime error: index out of range [9] with length 6
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	i := -1
	defer func() {
		s := "héllo"
		println(s[i+10])
	}()
	println("abc"[i])
}
