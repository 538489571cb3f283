// After a deferred call recovers, the rest of the recovering function's
// deferred calls still run, then the function returns to its caller.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:fourth deferred runs before the recovery
// CHECK-NEXT:recovering oops
// CHECK-NEXT:second deferred runs after the recovery
// CHECK-NEXT:recovered +first-deferred
// CHECK-NEXT:main continues
// CHECK-NOT:{{.}}

package main

func f() (s string) {
	defer func() { s += " +first-deferred" }()
	defer println("second deferred runs after the recovery")
	defer func() {
		println("recovering", recover().(string))
		s = "recovered"
	}()
	defer println("fourth deferred runs before the recovery")
	panic("oops")
}

func main() {
	println(f())
	println("main continues")
}
