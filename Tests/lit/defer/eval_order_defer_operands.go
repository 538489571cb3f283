// A defer statement evaluates its operands left to right, as gc does: the
// function value or the receiver (copied for a value method) first, then
// the arguments in order, calls and plain reads alike (unlike a statement's
// calls, which gc runs before its plain reads).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:M recv 1 args 9 9
// CHECK-NEXT:G 1 2
// CHECK-NEXT:M recv 7 args 3 3
// CHECK-NEXT:fv orig 5 1
// CHECK-NEXT:M recv 1 args 2 2
// CHECK-NOT:{{.}}

package main

type T struct{ n int }

func (t T) M(a, b int) { println("M recv", t.n, "args", a, b) }

type I interface{ M(a, b int) }

func mod(t *T, v int) int { t.n = v; return v }

var fv = func(a, b int) { println("fv orig", a, b) }

func setfv() int {
	fv = func(a, b int) { println("fv new", a, b) }
	return 5
}

var x = 1

func f() int { x = 10; return 2 }

func G(a, b int) { println("G", a, b) }

func main() {
	t := T{1}
	defer t.M(mod(&t, 2), t.n)
	defer fv(setfv(), x)
	var i I = T{7}
	defer i.M(mod(&t, 3), t.n)
	x = 1
	defer G(x, f())
	p := &T{1}
	defer p.M(mod(p, 9), p.n)
}
