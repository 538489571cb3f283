// Deferring the builtin panic: the value is saved at the defer statement
// and the panic starts when the deferred call runs, after the body; an
// earlier deferred closure recovers it.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:recovered deferred panic 7
// CHECK-NEXT:f returned 7
// CHECK-NOT:{{.}}

package main

func f() (r int) {
	defer func() {
		v := recover()
		println("recovered", v.(string), r)
	}()
	msg := "deferred panic"
	defer panic(msg)
	msg = "changed"
	println("body")
	return 7
}

func main() {
	println("f returned", f())
}
