// A method call on an interface dispatches on the dynamic type: T's method
// set has its value methods, *T's also its pointer methods; a value stored
// in an interface is a copy (Go spec, Method sets; Interface types).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:rect 6
// CHECK-NEXT:rect 30
// CHECK-NEXT:square 16
// CHECK-NEXT:square 25
// CHECK-NEXT:rect 44
// CHECK-NEXT:11 4
// CHECK-NEXT:rect square rect rect{{ }}
// CHECK-NEXT:64
// CHECK-NOT:{{.}}

package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	W, H int
}

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Grow(n int)   { r.W += n; r.H += n }

type Square struct {
	S int
}

func (s *Square) Area() int    { return s.S * s.S }
func (s *Square) Name() string { return "square" }

type Grower interface {
	Shape
	Grow(n int)
}

//go:noinline
func show(s Shape) {
	println(s.Name(), s.Area())
}

func main() {
	r := Rect{2, 3}
	var s Shape = r
	r.W = 10
	show(s)
	show(r)
	sq := &Square{4}
	show(sq)
	sq.S = 5
	show(sq)
	var g Grower = &r
	g.Grow(1)
	show(g)
	println(r.W, r.H)
	shapes := []Shape{Rect{1, 1}, &Square{3}, &r, Rect{2, 5}}
	total := 0
	for _, x := range shapes {
		total += x.Area()
		print(x.Name(), " ")
	}
	println()
	println(total)
}
