// A method or function expression that calls is evaluated before the call's
// arguments (Go spec: "Order of evaluation"; gc's test/fixedbugs/bug294.go):
// in t.a("1").a(t.b("2")), a("1") runs before b("2").
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:a(1)ba(2)
// CHECK-NEXT:fa(3)fbfa(4)fbfa(5)
// CHECK-NEXT:a(6)ba(7)
// CHECK-NOT:{{.}}

package main

type T int

func (t T) a(s string) T {
	print("a(", s, ")")
	return t
}

func (T) b(s string) string {
	print("b")
	return s
}

type F func(s string) F

func fa(s string) F {
	print("fa(", s, ")")
	return F(fa)
}

func fb(s string) string {
	print("fb")
	return s
}

type I interface {
	a(s string) T
	b(s string) string
}

func main() {
	var t T
	t.a("1").a(t.b("2"))
	println()
	fa("3")(fb("4"))(fb("5"))
	println()
	var i I = t
	i.a("6").a(i.b("7"))
	println()
}
