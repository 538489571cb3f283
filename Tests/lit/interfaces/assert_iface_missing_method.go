// A failing single-value assertion to an interface type panics with a
// runtime.TypeAssertionError naming the missing method (Go spec, Type
// assertions; Run-time panics).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:panic: interface conversion: main.T is not main.I: missing method M
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type I interface {
	M()
	N()
}

type T struct{}

func (T) N() {}

//go:noinline
func get() interface{} {
	return T{}
}

func main() {
	println("before")
	i := get().(I)
	i.M()
	println("not reached")
}
