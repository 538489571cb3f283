// An array that is an element of a slice, or a field of such an element, is
// addressable and can be sliced; the slice aliases the element (Go spec,
// Slice expressions; Address operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:ab d
// CHECK-NEXT:xd
// CHECK-NEXT:2 2 20
// CHECK-NEXT:2
// CHECK-NOT:{{.}}

package main

type S struct {
	A [3]int
}

func main() {
	f := [][2]byte{{'a', 'b'}, {'c', 'd'}}
	println(string(f[0][:]), string(f[1][1:]))
	f[1][:][0] = 'x'
	println(string(f[1][:]))
	m := []S{{[3]int{1, 2, 3}}}
	t := m[0].A[1:]
	t[0] = 20
	println(len(t), cap(t), m[0].A[1])
	p := &m[0]
	println(len(p.A[:2]))
}
