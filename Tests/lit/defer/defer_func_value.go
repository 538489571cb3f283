// Deferring a call of a func-typed variable, a closure stored in a
// variable, and a function returned by a call.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:maker m
// CHECK-NEXT:body
// CHECK-NEXT:made m 4
// CHECK-NEXT:h 3 1
// CHECK-NEXT:h 2 2
// CHECK-NEXT:hello 1
// CHECK-NOT:{{.}}

package main

func hello(n int) {
	println("hello", n)
}

func maker(tag string) func(int) {
	println("maker", tag)
	return func(n int) { println("made", tag, n) }
}

func f() {
	var g func(int) = hello
	count := 0
	h := func(n int) {
		count++
		println("h", n, count)
	}
	defer g(1)
	defer h(2)
	defer h(3)
	defer maker("m")(4)
	println("body")
}

func main() {
	f()
}
