// -d=escape reports the variables golly moves to the heap in gc's -m words:
// an address kept in a global or appended to a slice escapes; one passed to
// functions and methods that only read through it, or held in a local
// pointer, stays in the frame. Every line here is one gc's -m prints too.
// The report lines are the ones gc's -m prints; OUT is gc's program output.
// RUN: %golly build -d=escape -o %t.exe %s 2>&1 | FileCheck %s --implicit-check-not=moved
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
//
// CHECK: moved_to_heap.go:28:2: moved to heap: z
// CHECK: moved_to_heap.go:35:3: moved to heap: v
// OUT: 3 1 5 0 2

package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

var global *int

func sum(p *int, q *int) int { return *p + *q }

func keep(p *int) { global = p }

func main() {
	x, y := 1, 2
	s := sum(&x, &y)
	z := 3
	keep(&z)
	w := 4
	p := &w
	*p = 5
	var ps []*int
	for i := 0; i < 3; i++ {
		v := i
		ps = append(ps, &v)
	}
	var a T
	a.Inc()
	println(s, a.n, w, *ps[0], *ps[2])
}
