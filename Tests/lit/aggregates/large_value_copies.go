// Arrays and structs larger than 1 KiB are values like any other (Go spec:
// "Assignment statements"): assigning one copies it, a swap sees the old
// values of both, self-assignment keeps the value, and a struct copy
// carries its array, string and int fields.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 42 19999
// CHECK-NEXT:42 0 19999 19999
// CHECK-NEXT:42 1
// CHECK-NEXT:1 -1
// CHECK-NEXT:-1 2 7
// CHECK-NEXT:r 5 s 0 3
// CHECK-NEXT:6 99
// CHECK-NEXT:20000 0
// CHECK-NOT:{{.}}

package main

type Big [20000]int

type Rec struct {
	name string
	data Big
	n    int
}

var global Big

func main() {
	var a Big
	for i := range a {
		a[i] = i
	}
	b := a
	b[0] = 42
	println(a[0], b[0], b[19999])

	a, b = b, a
	println(a[0], b[0], a[19999], b[19999])

	a = a
	println(a[0], a[1])

	var c Big = b
	c[1] = -1
	println(b[1], c[1])

	global = c
	c[2] = 7
	println(global[1], global[2], c[2])

	r := Rec{name: "r", n: 3}
	r.data = a
	s := r
	s.data[5] = 0
	s.name = "s"
	println(r.name, r.data[5], s.name, s.data[5], s.n)

	p := &s
	q := *p
	p.data[6] = 99
	println(q.data[6], s.data[6])

	arr := [2]Rec{}
	println(len(arr[0].data), arr[1].data[0])
}
