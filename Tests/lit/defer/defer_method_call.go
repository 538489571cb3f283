// Deferring method calls on a named basic type: a value receiver is copied
// at the defer statement, a pointer receiver (&c taken implicitly) sees
// later changes.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body 5
// CHECK-NEXT:pointer to value receiver, saved at defer 1
// CHECK-NEXT:add 100 -> 105
// CHECK-NEXT:add 10 -> 115
// CHECK-NEXT:value receiver saved at defer 1
// CHECK-NOT:{{.}}

package main

type Counter int

func (c Counter) Show(tag string) {
	println(tag, int(c))
}

func (c *Counter) Add(n int) {
	*c += Counter(n)
	println("add", n, "->", int(*c))
}

func f() {
	var c Counter = 1
	defer c.Show("value receiver saved at defer")
	defer c.Add(10)
	p := &c
	defer p.Add(100)
	defer p.Show("pointer to value receiver, saved at defer")
	c = 5
	println("body", int(c))
}

func main() {
	f()
}
