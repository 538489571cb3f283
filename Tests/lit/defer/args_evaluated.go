// The function value and the arguments of a deferred call are evaluated
// and saved when the defer statement executes, not when the call runs (Go
// spec, Defer statements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:evaluating argument 2
// CHECK-NEXT:body x 100
// CHECK-NEXT:next 2
// CHECK-NEXT:x at defer 1
// CHECK-NOT:{{.}}

package main

func show(tag string, n int) {
	println(tag, n)
}

func other(tag string, n int) {
	println("other", tag, n)
}

func next(p *int) int {
	*p++
	println("evaluating argument", *p)
	return *p
}

func f() {
	x := 1
	fn := show
	defer fn("x at defer", x)
	defer show("next", next(&x))
	x = 100
	fn = other
	println("body x", x)
}

func main() {
	f()
}
