// Slicing arrays, pointers to arrays and slices shares the underlying array;
// omitted bounds default to 0 and len, and a slice may be resliced up to its
// capacity (Go spec, Slice expressions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 6 20 40
// CHECK-NEXT:-30
// CHECK-NEXT:8 8
// CHECK-NEXT:3 3 50
// CHECK-NEXT:3 8 20
// CHECK-NEXT:600 2 2
// CHECK-NEXT:8 7 2
// CHECK-NEXT:1 5 -30
// CHECK-NEXT:5 70
// CHECK-NEXT:0 0
// CHECK-NEXT:0 5
// CHECK-NEXT:7 8 2
// CHECK-NOT:{{.}}

package main

func main() {
	var a [8]int
	for i := range a {
		a[i] = i * 10
	}
	s := a[2:5]
	println(len(s), cap(s), s[0], s[2])
	s[1] = -30
	println(a[3])

	t := a[:]
	println(len(t), cap(t))
	u := a[5:]
	println(len(u), cap(u), u[0])
	v := a[:3]
	println(len(v), cap(v), v[2])

	p := &a
	w := p[6:8]
	w[0] = 600
	println(a[6], len(w), cap(w))
	println(len(p[:]), len(p[1:]), len(p[:2]))

	x := s[1:2]
	println(len(x), cap(x), x[0])
	y := x[:cap(x)]
	println(len(y), y[len(y)-1])
	z := y[len(y):]
	println(len(z), cap(z))

	lo, hi := 3, 3
	e := a[lo:hi]
	println(len(e), cap(e))

	var m [3][4]int
	m[1][2] = 7
	row := m[1][:]
	row[3] = 8
	println(row[2], m[1][3], len(m[0:2]))
}
