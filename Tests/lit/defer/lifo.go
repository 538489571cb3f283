// Deferred calls run in last-in-first-out order when the function returns
// (Go spec, Defer statements), after the function body.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:third deferred, runs first
// CHECK-NEXT:second deferred
// CHECK-NEXT:first deferred, runs last
// CHECK-NEXT:after f
// CHECK-NOT:{{.}}

package main

func f() {
	defer println("first deferred, runs last")
	defer println("second deferred")
	defer println("third deferred, runs first")
	println("body")
}

func main() {
	f()
	println("after f")
}
