// Three panics, each raised by a deferred call run by the previous one,
// none recovered: gc prints the whole chain, oldest first.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: first
// CHECK-NEXT:	panic: second
// CHECK-NEXT:	panic: third
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func a() {
	defer func() {
		defer func() { panic("third") }()
		panic("second")
	}()
	panic("first")
}

func main() {
	a()
}
