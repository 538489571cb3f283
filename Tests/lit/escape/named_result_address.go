// A pointer or closure stored in a named result leaves the function by a
// bare return, or by the return after a recovered panic, though no use in
// the source shows it: what it points to must move to the heap.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true
// CHECK-NEXT:5 7 42 9 11
// CHECK-NOT:{{.}}

package main

//go:noinline
func addr(v int) (p *int) {
	x := v
	p = &x
	return
}

//go:noinline
func closure(n int) (f func() int) {
	f = func() int { return n * 2 }
	return
}

//go:noinline
func recovered(v int) (p *int) {
	defer func() { recover() }()
	x := v
	p = &x
	panic("boom")
}

//go:noinline
func object(v int) (p *int) {
	p = new(int)
	*p = v
	return
}

//go:noinline
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	s := 0
	for i := range a {
		s += a[i]
	}
	return s
}

func main() {
	p, q := addr(5), addr(7)
	f := closure(21)
	r := recovered(9)
	o := object(11)
	println(clobber(1000) > 0)
	println(*p, *q, f(), *r, *o)
}
