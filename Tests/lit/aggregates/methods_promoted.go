// Methods of an embedded field are promoted: through an embedded value
// (pointer methods need an addressable outer value) and through an embedded
// pointer, whose methods act on the shared pointee (Go spec, Struct types).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:105 1050 1050
// CHECK-NEXT:106 1060 c
// CHECK-NEXT:1100
// CHECK-NEXT:1110 110 11100
// CHECK-NOT:{{.}}

package main

type Engine struct {
	Power int
}

func (e Engine) Describe() int {
	return e.Power * 10
}

func (e *Engine) Boost(n int) {
	e.Power += n
}

type Car struct {
	Engine
	Name string
}

type Fleet struct {
	*Car
	Size int
}

type Named struct {
	Car
}

func main() {
	c := Car{Engine{100}, "c"}
	c.Boost(5)
	println(c.Power, c.Describe(), c.Engine.Describe())

	f := Fleet{Car: &c, Size: 2}
	f.Boost(1)
	println(c.Power, f.Describe(), f.Name)

	pc := &c
	pc.Boost(4)
	println(pc.Describe())

	n := Named{c}
	n.Boost(1000)
	println(n.Power, c.Power, n.Describe())
}
