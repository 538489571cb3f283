// Appending several elements at once: when the new length exceeds twice the
// old capacity the capacity starts from the new length, then rounds to a size
// class; appending within capacity keeps it (runtime/slice.go growslice).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 3
// CHECK-NEXT:8 8
// CHECK-NEXT:45 48
// CHECK-NEXT:82 96
// CHECK-NEXT:7 7
// CHECK-NEXT:8 14
// CHECK-NEXT:12 16
// CHECK-NEXT:112 112
// CHECK-NEXT:5 5
// CHECK-NEXT:301 608
// CHECK-NEXT:1301 1360
// CHECK-NEXT:true 0 0
// CHECK-NEXT:true 0 0
// CHECK-NOT:{{.}}

package main

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	println(len(s), cap(s))
	s = append(s, 4, 5, 6, 7, 8)
	println(len(s), cap(s))
	big := make([]int, 37)
	s = append(s, big...)
	println(len(s), cap(s))
	s = append(s, big...)
	println(len(s), cap(s))

	t := make([]int, 5, 7)
	t = append(t, 1, 2)
	println(len(t), cap(t))
	t = append(t, 3)
	println(len(t), cap(t))

	var b []byte
	b = append(b, "hello, world"...)
	println(len(b), cap(b))
	b = append(b, make([]byte, 100)...)
	println(len(b), cap(b))

	var ss []string
	ss = append(ss, "a", "b", "c", "d", "e")
	println(len(ss), cap(ss))

	u := make([]int, 300)
	u = append(u, 1)
	println(len(u), cap(u))
	u = append(u, make([]int, 1000)...)
	println(len(u), cap(u))

	var e []int
	e = append(e)
	println(e == nil, len(e), cap(e))
	e = append(e, []int{}...)
	println(e == nil, len(e), cap(e))
}
