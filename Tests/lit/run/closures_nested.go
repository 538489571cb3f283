// Nested function literals, closures passed and returned as values.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:22
// CHECK-NEXT:105
// CHECK-NEXT:42
// CHECK-NEXT:7
// CHECK-NOT:{{.}}

package main

func apply(f func(int) int, v int) int {
	return f(v)
}

func adder(base int) func(int) int {
	return func(v int) int { return base + v }
}

func main() {
	total := 0
	add := func(v int) {
		inner := func() { total += v }
		inner()
		inner()
	}
	add(1)
	add(10)
	println(total)
	println(apply(adder(100), 5))
	double := func(v int) int { return v * 2 }
	println(apply(double, 21))
	println(func(a, b int) int { return a - b }(10, 3))
}
