// Deferring calls of method values on value and pointer receivers: the
// receiver is bound (and, for value receivers, copied) when the method value
// is evaluated.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body 5
// CHECK-NEXT:add 10 -> 15
// CHECK-NEXT:value method value bound at 1 1
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
	show := c.Show
	defer show("value method value bound at 1")
	add := c.Add
	defer add(10)
	c = 5
	println("body", int(c))
}

func main() {
	f()
}
