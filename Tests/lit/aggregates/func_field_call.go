// A struct field of function type is called with x.f(args), directly or
// through a pointer (Go spec, Calls).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:8
// CHECK-NEXT:10
// CHECK-NEXT:12
// CHECK-NOT:{{.}}

package main

type Op struct {
	Name string
	F    func(int) int
}

func main() {
	o := Op{"double", func(x int) int { return x * 2 }}
	f := o.F
	println(f(4))
	println(o.F(5))
	p := &o
	println(p.F(6))
}
