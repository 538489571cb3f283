// A recovered panic is gone: later deferred calls of the same frame and of
// the caller see nil from recover, and the caller continues after the call.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:first: x
// CHECK-NEXT:second recover in outer: true
// CHECK-NEXT:f returned normally to g
// CHECK-NEXT:g sees nil: true
// CHECK-NOT:{{.}}

package main

func f() {
	defer func() {
		println("second recover in outer:", recover() == nil)
	}()
	defer func() {
		println("first:", recover().(string))
	}()
	panic("x")
}

func g() {
	defer func() { println("g sees nil:", recover() == nil) }()
	f()
	println("f returned normally to g")
}

func main() {
	g()
}
