// Interface method calls whose operand's static value is a conversion from
// a concrete type are direct calls, as gc's devirtualize.go makes them;
// every way of changing the variable afterwards (assignment in a closure,
// through a pointer, by a select or range clause) keeps the dynamic call.
// The results are the same either way; this holds them to gc's.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O0 -S -o - %s | FileCheck %s --check-prefix=IR
//
// `var i I = T{"a"}; i.M()` calls main.T.M directly, not through the itab.
// IR-LABEL: define {{.*}} @main.direct(
// IR-NOT: define
// IR: call {{.*}} @main.T.M(
// IR-LABEL: define
//
// CHECK:Ta
// CHECK-NEXT:Tc
// CHECK-NEXT:Te
// CHECK-NEXT:Tff
// CHECK-NEXT:P 1
// CHECK-NEXT:F:x
// CHECK-NEXT:Tinner
// CHECK-NEXT:Big
// CHECK-NEXT:Tchan
// CHECK-NEXT:Tr1
// CHECK-NEXT:T0 Tn
// CHECK-NEXT:T1 Tn
// CHECK-NEXT:TA P
// CHECK-NEXT:Tconv
// CHECK-NEXT:Tq
// CHECK-NOT:{{.}}

package main

type I interface{ M() string }

type J interface {
	M() string
	N() int
}

type T struct{ s string }

func (t T) M() string { return "T" + t.s }
func (t T) N() int    { return len(t.s) }

type P struct{ n int }

func (p *P) M() string { p.n++; return "P" }

type F func() string

func (f F) M() string { return "F:" + f() }

type Inner interface{ M() string }

type S struct {
	Inner
	x int
}

type Big [300]int

func (b Big) M() string { return "Big" }

//go:noinline
func direct() string {
	var i I = T{"a"}
	return i.M()
}

func main() {
	println(direct())

	j := I(T{"b"})
	func() { j = T{"c"} }()
	println(j.M())

	k := I(T{"d"})
	pk := &k
	*pk = T{"e"}
	println(k.M())

	var jj J = T{"ff"}
	var ij I = jj
	println(ij.M())

	l := I(&P{})
	println(l.M(), l.(*P).n)

	f := I(F(func() string { return "x" }))
	println(f.M())

	s := I(S{Inner: T{"inner"}})
	println(s.M())

	var b I = Big{}
	println(b.M())

	ch := make(chan I, 1)
	ch <- T{"chan"}
	m := I(T{"m"})
	select {
	case m = <-ch:
	}
	println(m.M())

	r := I(T{"r0"})
	for _, r = range []I{T{"r1"}} {
	}
	println(r.M())

	var n I = T{"n"}
	for x := 0; x < 2; x++ {
		var loop I = T{string(rune('0' + x))}
		println(loop.M(), n.M())
	}
	a, bb := I(T{"A"}), I(&P{})
	println(a.M(), bb.M())
	println(I(T{"conv"}).M())
	var q I = T{"q"}
	defer func() { println(q.M()) }()
	defer q.M()
}
