// -d=escape says whether each new(T) and &T{...} escapes, as gc's -m does:
// one that cannot outlive the block creating it lives in the frame (and is
// zeroed each time the expression runs); one kept in a global, appended to
// a slice or kept past its loop iteration comes from the heap. The report
// lines are the ones gc's -m prints; OUT is gc's program output.
// RUN: %golly build -d=escape -o %t.exe %s 2>&1 | FileCheck %s --implicit-check-not=" escape"
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
//
// CHECK: allocations.go:31:7: &P{...} does not escape
// CHECK: allocations.go:33:7: &P{...} escapes to heap
// CHECK: allocations.go:35:10: new(int) does not escape
// CHECK: allocations.go:39:8: &P{...} escapes to heap
// CHECK: allocations.go:41:11: new(P) does not escape
// CHECK: allocations.go:48:10: &P{...} escapes to heap
// OUT: 3 1
// OUT-NEXT: 0 1 2
// OUT-NEXT: 5 4 0 2 2

package main

type P struct{ x, y int }

func (p *P) Sum() int { return p.x + p.y }

var g *P

func keep(p *P) { g = p }
func read(p *P) int { return p.x }

func main() {
	a := &P{1, 2}
	println(a.Sum(), read(a))
	b := &P{3, 4}
	keep(b)
	n := new(int)
	*n = 5
	var ps []*P
	for i := 0; i < 3; i++ {
		q := &P{i, i}
		ps = append(ps, q)
		r := new(P)
		print(r.x+r.y+i, " ")
		r.y = 7
	}
	println()
	var last *P
	for i := 0; i < 3; i++ {
		last = &P{i, 0}
	}
	println(*n, g.y, ps[0].x, ps[2].x, last.x)
}
