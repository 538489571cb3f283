// A callee recovers its own index panic; the caller's deferred call still
// runs once, when the caller returns (Go spec, Defer statements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:recovered true
// CHECK-NEXT:after set
// CHECK-NEXT:caller defer 1
// CHECK-NOT:{{.}}

package main

func show(n int) {
	println("caller defer", n)
}

var grid [2]int

func set(i int) {
	defer func() {
		println("recovered", recover() != nil)
	}()
	grid[i] = 1
}

func main() {
	defer show(1)
	set(2)
	println("after set")
}
