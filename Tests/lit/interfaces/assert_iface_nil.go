// A single-value assertion of a nil interface to an interface type panics:
// "interface is nil" (Go spec, Type assertions; Run-time panics).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:panic: interface conversion: interface is nil, not main.I
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type I interface {
	M()
}

type J interface {
	M()
	N()
}

var j J

func main() {
	println("before")
	i := j.(I)
	i.M()
	println("not reached")
}
