// A method promoted from an embedded interface has method expressions on
// the struct and its pointer (Go spec: "Method expressions"): E.M and
// (*E).M call through the embedded interface's itab.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:2
// CHECK-NEXT:wrapped
// CHECK-NOT:{{.}}

package main

type I interface{ M() int }
type A struct{ x int }

func (a A) M() int { return a.x }

type E struct{ I }
type W struct{ error }

type msg string

func (m msg) Error() string { return string(m) }

func main() {
	f := E.M
	println(f(E{A{1}}))
	g := (*E).M
	println(g(&E{A{2}}))
	h := W.Error
	println(h(W{msg("wrapped")}))
}
