// Calling a value method through an interface holding a nil *T
// dereferences nil: gc reports it as "value method called using nil
// pointer" (Go spec, Method sets; Run-time panics).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before true
// CHECK-NEXT:panic: value method main.T.M called using nil *T pointer
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type I interface {
	M() int
}

type T struct {
	x int
}

func (t T) M() int { return t.x }

var iface I

func main() {
	var p *T
	iface = p
	println("before", iface != nil)
	println(iface.M())
	println("not reached")
}
