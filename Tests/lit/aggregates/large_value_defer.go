// Deferred calls keep their own copies of arguments larger than 1 KiB,
// evaluated at the defer statement, in and out of loops; a deferred
// function can change a large named result, also after a recovered panic
// (Go spec: "Defer statements").
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:loop 2 2
// CHECK-NEXT:loop 2 1
// CHECK-NEXT:loop 2 0
// CHECK-NEXT:once 1 0
// CHECK-NEXT:10 11
// CHECK-NEXT:20 22
// CHECK-NOT:{{.}}

package main

type Big [10000]int

func show(tag string, b Big) { println(tag, b[0], b[9999]) }

func deferred() {
	var b Big
	b[0] = 1
	defer show("once", b)
	b[0] = 2
	for i := 0; i < 3; i++ {
		b[9999] = i
		defer show("loop", b)
	}
	b[0] = 3
}

func result() (r Big) {
	defer func() { r[1] = 11 }()
	r[0] = 10
	return r
}

func recovered() (r Big) {
	defer func() {
		recover()
		r[2] = 22
	}()
	r[0] = 20
	panic("boom")
}

func main() {
	deferred()
	x := result()
	println(x[0], x[1])
	y := recovered()
	println(y[0], y[2])
}
