// Named results of several types updated in a loop and then a panic: after
// the recovery the function returns their current values, not stale copies
// (docs/DESIGN.md §5: result variables of deferring functions live in memory).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:30 +1.500000e+001 false xxx!
// CHECK-NEXT:recovered with 10 +2.500000e+000 true xxxxx
// CHECK-NEXT:10 +2.500000e+000 true xxxxx
// CHECK-NOT:{{.}}

package main

func f(n int) (a int, b float64, c bool, s string) {
	defer func() {
		if recover() != nil {
			println("recovered with", a, b, c, s)
		}
	}()
	for i := 0; i < n; i++ {
		a += i
		b += 0.5
		c = !c
		s += "x"
	}
	if n > 3 {
		panic("too big")
	}
	return a * 10, b * 10, !c, s + "!"
}

func main() {
	println(f(3))
	println(f(5))
}
