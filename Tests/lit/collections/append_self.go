// Appending a slice to itself and the delete-from-middle idiom
// append(s[:i], s[i+1:]...) copy overlapping memory correctly (Go spec,
// Appending and copying slices).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 3 1 2 3 | 6 6
// CHECK-NEXT:1 2 3 1 2 3 1 2 3 1 2 3 | 12 12
// CHECK-NEXT:7 8 9 7 8 9 | 6 10
// CHECK-NEXT:0 1 3 4 5 6 | 6 7
// CHECK-NEXT:1 3 4 5 6 | 5 7
// CHECK-NEXT:1 2 3 4 5 | 5 5
// CHECK-NEXT:2 1 2 3 4 | 5 8
// CHECK-NOT:{{.}}

package main

func show(s []int) {
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println(" |", len(s), cap(s))
}

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	show(s)
	s = append(s, s...)
	show(s)

	t := make([]int, 3, 10)
	t[0], t[1], t[2] = 7, 8, 9
	t = append(t, t...)
	show(t)

	u := []int{0, 1, 2, 3, 4, 5, 6}
	u = append(u[:2], u[3:]...)
	show(u)
	u = append(u[:0], u[1:]...)
	show(u)

	v := []int{1, 2, 3, 4, 5}
	w := append(v[1:2], v[:4]...)
	show(v)
	show(w)
}
