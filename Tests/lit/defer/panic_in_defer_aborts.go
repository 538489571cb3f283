// A panic raised by a deferred call while the function is panicking aborts
// the earlier panic: the next recover sees the newer value, and defers
// between run once.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:middle defer runs once
// CHECK-NEXT:recovered 2
// CHECK-NEXT:again nil: true
// CHECK-NEXT:f returned
// CHECK-NOT:{{.}}

package main

func f() {
	defer func() {
		v := recover()
		println("recovered", v.(int))
		println("again nil:", recover() == nil)
	}()
	defer println("middle defer runs once")
	defer func() {
		panic(2)
	}()
	panic(1)
}

func main() {
	f()
	println("f returned")
}
