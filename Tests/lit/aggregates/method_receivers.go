// Value-receiver methods get a copy of the receiver; pointer-receiver
// methods modify it. x.m() on an addressable value takes &x for a pointer
// method, and p.m() derefs p for a value method (Go spec, Calls; Method sets).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:12 2 6
// CHECK-NEXT:12 42 14
// CHECK-NEXT:5 3
// CHECK-NEXT:3 4
// CHECK-NEXT:12 6
// CHECK-NOT:{{.}}

package main

type Acc struct {
	Sum   int
	Count int
}

func (a Acc) Mean() int {
	if a.Count == 0 {
		return 0
	}
	return a.Sum / a.Count
}

func (a Acc) AddCopy(v int) Acc {
	a.Sum += v
	a.Count++
	return a
}

func (a *Acc) Add(v int) {
	a.Sum += v
	a.Count++
}

type Vec [3]int

func (v Vec) Sum() int {
	return v[0] + v[1] + v[2]
}

func (v *Vec) Scale(k int) {
	for i := 0; i < len(v); i++ {
		v[i] *= k
	}
}

func main() {
	var a Acc
	a.Add(4)
	a.Add(8)
	println(a.Sum, a.Count, a.Mean())
	b := a.AddCopy(30)
	println(a.Sum, b.Sum, b.Mean())
	p := &a
	p.Add(3)
	println(p.Mean(), a.Count)
	(*p).Add(1)
	println(Acc{Sum: 9, Count: 3}.Mean(), a.Count)

	v := Vec{1, 2, 3}
	v.Scale(2)
	println(v.Sum(), v[2])
}
