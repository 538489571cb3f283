// A closure made in a loop body and kept in a parameter, receiver or
// result outlives the iteration (they are declared once per call), so the
// loop-body variable it captures needs a cell per iteration.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:param 0 0
// CHECK-NEXT:param 10 0
// CHECK-NEXT:param 20 0
// CHECK-NEXT:recv 0 0
// CHECK-NEXT:recv 10 0
// CHECK-NEXT:recv 20 0
// CHECK-NOT:{{.}}

package main

type F func() int

//go:noinline
func param(f func() int) {
	for i := 0; i < 3; i++ {
		x := i * 10
		h := func() int { return x }
		if i == 0 {
			f = h
		}
		println("param", h(), f())
	}
}

func (f F) loop() {
	for i := 0; i < 3; i++ {
		x := i * 10
		h := F(func() int { return x })
		if i == 0 {
			f = h
		}
		println("recv", h(), f())
	}
}

func main() {
	param(func() int { return -1 })
	F(func() int { return -1 }).loop()
}
