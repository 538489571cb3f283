// Where the spec leaves the order open (calls against plain operands), a
// statement's calls run first, left to right and inner before outer, and
// variables, indexes and fields are read afterwards, as gc evaluates
// (walk/order.go): in binary expressions, composite and map literals,
// call arguments, index expressions, tuple assignments, returns, if
// conditions, switch tags, sends and var declarations. The right operand
// of && and || and switch cases stay conditional.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:binary 12
// CHECK-NEXT:array literal 10 2
// CHECK-NEXT:struct literal 10 2
// CHECK-NEXT:map literal 10 2
// CHECK-NEXT:index 3
// CHECK-NEXT:g 10 2
// CHECK-NEXT:call first 12
// CHECK-NEXT:tuple assignment 10
// CHECK-NEXT:return 10 2
// CHECK-NEXT:if condition sees the new x
// CHECK-NEXT:switch tag
// CHECK-NEXT:send 12
// CHECK-NEXT:var 20
// CHECK-NEXT:F 4 4
// CHECK-NEXT:&& right operand not run: 1
// CHECK-NEXT:left
// CHECK-NEXT:|| short-circuits
// CHECK-NEXT:println 10 2
// CHECK-NOT:{{.}}

package main

var x = 1

func f() int { x = 10; return 2 }

func zero() int { x = 1; return 0 }

type P struct{ a, b int }

func g(a, b int) { println("g", a, b) }

func ret() (int, int) { return x, f() }

type T struct{ n int }

func mod(t *T, v int) int { t.n = v; return v }

func F(t T, a int) { println("F", t.n, a) }

func noisy(s string, v bool) bool { println(s); return v }

func main() {
	y := x + f()
	println("binary", y)
	x = 1
	arr := [2]int{x, f()}
	println("array literal", arr[0], arr[1])
	x = 1
	p := P{x, f()}
	println("struct literal", p.a, p.b)
	x = 1
	m := map[int]int{x: f()}
	for k, v := range m {
		println("map literal", k, v)
	}
	s := []int{1, 2, 3}
	i := 0
	h := func() int { i = 2; return 0 }
	println("index", s[i]+h())
	x = 1
	g(x, f())
	x = 1
	println("call first", f()+x)
	x = 1
	var q int
	q, _ = x, f()
	println("tuple assignment", q)
	x = 1
	a, b := ret()
	println("return", a, b)
	x = 1
	if x == f()+8 {
		println("if condition sees the new x")
	}
	x = 1
	switch x + zero() {
	case 1:
		println("switch tag")
	}
	x = 1
	c := make(chan int, 1)
	c <- x + f()
	println("send", <-c)
	x = 1
	var d = x * f()
	println("var", d)
	t := T{1}
	F(t, mod(&t, 4))
	x = 1
	if x == 5 && f() == 2 {
		println("not reached")
	}
	println("&& right operand not run:", x)
	if noisy("left", true) || noisy("right", true) {
		println("|| short-circuits")
	}
	x = 1
	println("println", x, f())
}
