// Structs and arrays are passed and returned by value: the callee works on
// its own copy, and a returned value is independent of the callee's local.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 x 2 x!
// CHECK-NEXT:7 0 8
// CHECK-NEXT:2 x! 1 x
// CHECK-NOT:{{.}}

package main

type Pair struct {
	A    int
	Name string
}

func bump(p Pair) Pair {
	p.A++
	p.Name = p.Name + "!"
	return p
}

func zero(a [4]int) [4]int {
	a[2] = 0
	return a
}

func swap(p Pair, q Pair) (Pair, Pair) {
	return q, p
}

func main() {
	p := Pair{1, "x"}
	q := bump(p)
	println(p.A, p.Name, q.A, q.Name)

	a := [4]int{5, 6, 7, 8}
	b := zero(a)
	println(a[2], b[2], b[3])

	x, y := swap(p, q)
	println(x.A, x.Name, y.A, y.Name)
}
