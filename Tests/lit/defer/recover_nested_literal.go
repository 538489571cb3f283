// recover returns nil in a function literal called by the deferred function
// (directly or through another function): only the deferred function
// itself can stop the panic.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:nested literal: true
// CHECK-NEXT:passed literal: true
// CHECK-NEXT:outer got p
// CHECK-NOT:{{.}}

package main

func call(f func()) { f() }

func main() {
	defer func() { println("outer got", recover().(string)) }()
	defer func() {
		func() { println("nested literal:", recover() == nil) }()
		call(func() { println("passed literal:", recover() == nil) })
	}()
	panic("p")
}
