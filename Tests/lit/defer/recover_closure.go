// defer func() { recover() }() stops a panic: the function returns normally
// (zero results), and its caller continues.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before panic
// CHECK-NEXT:f returned 0
// CHECK-NEXT:main continues
// CHECK-NOT:{{.}}

package main

func f() int {
	defer func() {
		recover()
	}()
	println("before panic")
	panic("stopped")
	println("not reached")
	return 1
}

func main() {
	println("f returned", f())
	println("main continues")
}
