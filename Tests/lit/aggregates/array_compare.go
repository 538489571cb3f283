// Array equality compares element by element, for arrays of integers,
// strings, structs and arrays (Go spec, Comparison operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true false
// CHECK-NEXT:false true
// CHECK-NEXT:true false
// CHECK-NEXT:true
// CHECK-NEXT:false
// CHECK-NEXT:false true
// CHECK-NEXT:true
// CHECK-NEXT:false
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

type P struct{ A, B int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	println(a == b, a != b)
	b[2] = 4
	println(a == b, a != b)

	s1 := [2]string{"x", "yz"}
	s2 := [2]string{"x", "y" + "z"}
	println(s1 == s2, s1 == [2]string{"x", "y"})

	ps := [2]P{{1, 2}, {3, 4}}
	qs := ps
	println(ps == qs)
	qs[1].B = 0
	println(ps == qs)

	m1 := [2][2]uint8{{1, 2}, {3, 4}}
	m2 := m1
	m2[1][1] = 5
	println(m1 == m2, m1[0] == m2[0])
	var e1, e2 [0]int
	println(e1 == e2)
	var big1, big2 [100]int64
	big2[99] = 1
	println(big1 == big2)
	big2[99] = 0
	println(big1 == big2)
}
