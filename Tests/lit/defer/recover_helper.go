// recover returns nil when it is not called directly by the deferred
// function (here by a helper the deferred function calls); the panic goes
// on until a deferred function calls recover itself (Go spec, Handling
// panics).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:helper via closure: true
// CHECK-NEXT:direct: boom
// CHECK-NEXT:g returned
// CHECK-NOT:{{.}}

package main

func helper() interface{} {
	return recover()
}

func direct() {
	r := recover()
	println("direct:", r.(string))
}

func f() {
	defer func() {
		println("helper via closure:", helper() == nil)
	}()
	panic("boom")
}

func g() {
	defer direct()
	f()
	println("not reached")
}

func main() {
	g()
	println("g returned")
}
