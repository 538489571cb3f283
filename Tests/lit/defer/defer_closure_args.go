// Deferring a function literal with parameters: the arguments are evaluated
// at the defer statement, while captured variables are read when it runs.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:args 1 before captured 2 after
// CHECK-NOT:{{.}}

package main

func f() {
	x := 1
	s := "before"
	defer func(a int, t string) {
		println("args", a, t, "captured", x, s)
	}(x, s)
	x = 2
	s = "after"
	println("body")
}

func main() {
	f()
}
