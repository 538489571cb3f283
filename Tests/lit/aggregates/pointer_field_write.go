// Field selectors through a pointer dereference it implicitly (p.f is
// (*p).f, Go spec, Selectors); writes through either form reach the pointee.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:27 27 c
// CHECK-NEXT:renamed
// CHECK-NEXT:-1
// CHECK-NOT:{{.}}

package main

type Counter struct {
	N    int
	Name string
}

func inc(c *Counter) {
	c.N++
	(*c).N += 10
}

func main() {
	c := Counter{Name: "c"}
	p := &c
	p.N = 5
	inc(p)
	inc(&c)
	println(c.N, p.N, (*p).Name)
	pp := &p
	(*pp).Name = "renamed"
	println(c.Name)
	q := p
	q.N = -1
	println(c.N)
}
