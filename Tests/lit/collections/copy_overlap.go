// copy handles overlapping source and destination in both directions and
// returns the smaller length (Go spec, Appending and copying slices).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:6
// CHECK-NEXT:0 1 0 1 2 3 4 5
// CHECK-NEXT:5
// CHECK-NEXT:3 4 5 6 7 5 6 7
// CHECK-NEXT:3
// CHECK-NEXT:0 5 6 7 4 5 6 7
// CHECK-NEXT:8
// CHECK-NEXT:0 1 2 3 4 5 6 7
// CHECK-NEXT:0
// CHECK-NEXT:0 0
// CHECK-NEXT:aabcde
// CHECK-NEXT:1 a 1 a 2 b
// CHECK-NOT:{{.}}

package main

func show(s []int) {
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println()
}

func fill() []int {
	return []int{0, 1, 2, 3, 4, 5, 6, 7}
}

func main() {
	s := fill()
	n := copy(s[2:], s)
	println(n)
	show(s)

	s = fill()
	n = copy(s, s[3:])
	println(n)
	show(s)

	s = fill()
	n = copy(s[1:4], s[5:])
	println(n)
	show(s)

	s = fill()
	n = copy(s, s)
	println(n)
	show(s)

	n = copy(s[:0], s)
	println(n)
	var nilSlice []int
	println(copy(nilSlice, s), copy(s, nilSlice))

	a := [6]byte{'a', 'b', 'c', 'd', 'e', 'f'}
	copy(a[1:], a[:])
	println(string(a[:]))

	type P struct {
		X int
		S string
	}
	ps := []P{{1, "a"}, {2, "b"}, {3, "c"}}
	copy(ps[1:], ps)
	println(ps[0].X, ps[0].S, ps[1].X, ps[1].S, ps[2].X, ps[2].S)
}
