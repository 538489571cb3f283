// recover called directly by a deferred method (value and pointer
// receiver) or by a deferred func value stops the panic.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:guard 1 caught one
// CHECK-NEXT:ptr guard caught two
// CHECK-NEXT:99
// CHECK-NEXT:via var: three
// CHECK-NOT:{{.}}

package main

type Guard int

func (g Guard) Catch() {
	if v := recover(); v != nil {
		println("guard", int(g), "caught", v.(string))
	}
}

func (g *Guard) CatchPtr() {
	if v := recover(); v != nil {
		*g = 99
		println("ptr guard caught", v.(string))
	}
}

func f() {
	var g Guard = 1
	defer g.Catch()
	panic("one")
}

func h() (g Guard) {
	defer g.CatchPtr()
	panic("two")
}

func viaVar() {
	r := func() { println("via var:", recover().(string)) }
	defer r()
	panic("three")
}

func main() {
	f()
	println(h())
	viaVar()
}
