// In Go 1.19 panic(nil) cannot be told apart by recover: recover returns
// nil, yet the panic stops and the function returns normally.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:recover() == nil: true
// CHECK-NEXT:f returned 2
// CHECK-NOT:{{.}}

package main

func f() (n int) {
	defer func() {
		v := recover()
		println("recover() == nil:", v == nil)
		n = 2
	}()
	n = 1
	panic(nil)
}

func main() {
	println("f returned", f())
}
