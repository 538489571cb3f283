// len of an array, of an array-typed expression and of a pointer to an
// array is the constant length; it can size other arrays (Go spec, Length
// and capacity).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:8 3 7 3 7
// CHECK-NEXT:10 5
// CHECK-NEXT:5 0
// CHECK-NEXT:8386560
// CHECK-NOT:{{.}}

package main

type Buf [8]byte

var global [5]string

const n = len(global)

func main() {
	var b Buf
	var m [3][7]int
	p := &m
	println(len(b), len(m), len(m[0]), len(p), len(p[2]))
	var sized [n * 2]int
	println(len(sized), n)
	println(len([...]int{4: 1}), len([0]int{}))
	var big [4096]int64
	for i := 0; i < len(big); i++ {
		big[i] = int64(i)
	}
	s := int64(0)
	for i := 0; i < len(big); i++ {
		s += big[i]
	}
	println(s)
}
