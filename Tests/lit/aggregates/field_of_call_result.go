// Selectors and index expressions on values that are not addressable
// (function results, struct literals) read a field or element of the
// temporary (Go spec, Selectors; Index expressions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 9 s
// CHECK-NEXT:10 d
// CHECK-NEXT:6 9 lit
// CHECK-NEXT:0 14
// CHECK-NOT:{{.}}

package main

type Inner struct {
	A [3]int
	S string
}

type Outer struct {
	In Inner
	N  int
}

func make1(n int) Outer {
	return Outer{In: Inner{A: [3]int{n, n * 2, n * 3}, S: "s"}, N: n}
}

func arr() [4]string {
	return [4]string{"a", "b", "c", "d"}
}

func main() {
	println(make1(2).N, make1(3).In.A[2], make1(4).In.S)
	i := 1
	println(make1(5).In.A[i], arr()[i+2])
	println(Outer{N: 6}.N, [2]int{8, 9}[1], Inner{S: "lit"}.S)
	x := make1(7).In
	x.A[0] = 0
	println(x.A[0], x.A[1])
}
