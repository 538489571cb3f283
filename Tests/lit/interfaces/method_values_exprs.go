// A method value i.M binds the interface's dynamic value when evaluated;
// method expressions I.M, T.M and (*T).M take the receiver as first
// argument, promoted methods included (Go spec, Method values; Method
// expressions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:11 31
// CHECK-NEXT:11
// CHECK-NEXT:101 12
// CHECK-NEXT:8 9
// CHECK-NEXT:50 50
// CHECK-NEXT:53
// CHECK-NEXT:51
// CHECK-NEXT:11 12 13{{ }}
// CHECK-NOT:{{.}}

package main

type Adder interface {
	Add(n int) int
}

type Inner struct {
	base int
}

func (in Inner) Add(n int) int { return in.base + n }
func (in *Inner) Set(v int)    { in.base = v }

type Outer struct {
	Inner
	name string
}

type Acc struct{ total int }

func (a *Acc) Add(n int) int {
	a.total += n
	return a.total
}

func main() {
	in := Inner{10}
	var a Adder = in
	f := a.Add
	in.base = 20
	a = Inner{30}
	println(f(1), a.Add(1))

	acc := &Acc{}
	a = acc
	g := a.Add
	g(5)
	g(6)
	println(acc.total)

	h := Adder.Add
	println(h(Inner{100}, 1), h(acc, 1))

	o := Outer{Inner{7}, "o"}
	valueExpr := Outer.Add
	ptrExpr := (*Outer).Add
	setExpr := (*Outer).Set
	println(valueExpr(o, 1), ptrExpr(&o, 2))
	setExpr(&o, 50)
	println(o.base, valueExpr(o, 0))
	innerExpr := Inner.Add
	println(innerExpr(o.Inner, 3))

	// A method value from a promoted method through an interface.
	var oa Adder = o
	m := oa.Add
	o.base = 0
	println(m(1))

	var fs []func(int) int
	for _, x := range []Adder{Inner{1}, Outer{Inner{2}, ""}, &Acc{3}} {
		fs = append(fs, x.Add)
	}
	for _, fn := range fs {
		print(fn(10), " ")
	}
	println()
}
