// Slice composite literals: keyed elements leave zero gaps and set the
// length to the highest index plus one, element types may be elided, and
// nested literals build slices of slices (Go spec, Composite literals).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 3 3
// CHECK-NEXT:6 two three five true
// CHECK-NEXT:4 2 3 true false
// CHECK-NEXT:1 2 0 4
// CHECK-NEXT:6 true
// CHECK-NEXT:98 99 0
// CHECK-NEXT:false 0
// CHECK-NEXT:3 true true
// CHECK-NEXT:100 1
// CHECK-NOT:{{.}}

package main

type P struct {
	X, Y int
}

func main() {
	a := []int{1, 2, 3}
	println(len(a), cap(a), a[2])
	b := []string{5: "five", 2: "two", "three"}
	println(len(b), b[2], b[3], b[5], b[0] == "")
	c := [][]int{{1}, {2, 3}, nil, {}}
	println(len(c), len(c[1]), c[1][1], c[2] == nil, c[3] == nil)
	d := []P{{1, 2}, {Y: 4}}
	println(d[0].X, d[0].Y, d[1].X, d[1].Y)
	e := []*P{{5, 6}, nil}
	println(e[0].Y, e[1] == nil)
	f := [][2]byte{{'a', 'b'}, {'c'}}
	println(f[0][1], f[1][0], f[1][1])
	g := []int{}
	println(g == nil, len(g))
	h := []interface{}{1, "x", nil}
	println(len(h), h[2] == nil, h[1] == "x")
	a[0] = 100
	a2 := []int{1, 2, 3}
	println(a[0], a2[0])
}
