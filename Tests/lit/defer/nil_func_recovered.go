// A nil func value may be deferred; the call panics when the deferred call
// runs, not at the defer statement (gc's test/defernil.go, issues 8047 and
// 34926).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body ran
// CHECK-NEXT:recovered: true x = 1
// CHECK-NOT:{{.}}

package main

var x = 0

func main() {
	defer func() {
		err := recover()
		println("recovered:", err != nil, "x =", x)
	}()
	f()
}

func f() {
	var nilf func()
	defer nilf()
	x = 1
	println("body ran")
}
