// A full slice expression a[lo:hi:max] limits the capacity to max-lo, so a
// later append copies instead of overwriting the parent (Go spec, Full slice
// expressions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 3 1 2
// CHECK-NEXT:30 3 3
// CHECK-NEXT:1 4 100 40 4
// CHECK-NEXT:0 0
// CHECK-NEXT:2 3
// CHECK-NEXT:7 77 4
// CHECK-NEXT:1 3 8 6
// CHECK-NEXT:3 5
// CHECK-NOT:{{.}}

package main

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:3:4]
	println(len(s), cap(s), s[0], s[1])
	s = append(s, 30)
	println(a[3], len(s), cap(s))
	s = append(s, 40)
	s[0] = 100
	println(a[1], a[4], s[0], s[3], len(s))

	t := a[2:2:2]
	println(len(t), cap(t))
	p := &a
	u := p[:2:3]
	println(len(u), cap(u))

	b := []int{9, 8, 7, 6, 5}
	c := b[:2:2]
	c = append(c, 77)
	println(b[2], c[2], cap(b[1:3:5]))
	lo, hi, max := 1, 2, 4
	d := b[lo:hi:max]
	println(len(d), cap(d), d[0], d[:cap(d)][2])
	e := b[:3:5]
	println(len(e), cap(e))
}
