// An assignment whose right side reads the destination (x = T{x.b, x.a},
// swaps of structs and of array elements) uses the old values throughout:
// operands are evaluated before any store (Go spec, Assignment statements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 1
// CHECK-NEXT:3 2 1
// CHECK-NEXT:3 4 2 1
// CHECK-NEXT:2 1
// CHECK-NEXT:3 1
// CHECK-NEXT:1 2 4
// CHECK-NOT:{{.}}

package main

type P struct{ X, Y int }

type Seg struct {
	From, To P
}

func main() {
	p := P{1, 2}
	p = P{p.Y, p.X}
	println(p.X, p.Y)

	a := [3]int{1, 2, 3}
	a = [3]int{a[2], a[1], a[0]}
	println(a[0], a[1], a[2])

	q := P{3, 4}
	p, q = q, p
	println(p.X, p.Y, q.X, q.Y)

	arr := [2]P{{1, 1}, {2, 2}}
	arr[0], arr[1] = arr[1], arr[0]
	println(arr[0].X, arr[1].X)

	s := Seg{P{1, 2}, P{3, 4}}
	s = Seg{From: s.To, To: s.From}
	println(s.From.X, s.To.X)
	s.From, s.To.Y = s.To, s.From.Y
	println(s.From.X, s.From.Y, s.To.Y)
}
