// Arrays and structs larger than 1 KiB are passed and returned by value
// (Go spec: "Calls"): the callee works on a copy, results (named or not,
// one or several) arrive whole, and value receivers get copies, directly,
// through method values and through interfaces.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:199990000 0 19999
// CHECK-NEXT:5 21
// CHECK-NEXT:6 2
// CHECK-NEXT:1 0
// CHECK-NEXT:1
// CHECK-NEXT:2 50
// CHECK-NEXT:51 60
// CHECK-NEXT:61
// CHECK-NEXT:0
// CHECK-NOT:{{.}}

package main

type Big [20000]int

func fill(k int) (b Big) {
	for i := range b {
		b[i] = i * k
	}
	return
}

func unnamed(k int) Big {
	var b Big
	b[1] = k
	return b
}

func sum(b Big) int {
	s := 0
	for _, v := range b {
		s += v
	}
	b[0] = 1000000
	return s
}

func pair(k int) (Big, int) { return fill(k), k }

func (b Big) first() int { b[0]++; return b[0] }

func (b *Big) bump() { b[0]++ }

type firster interface{ first() int }

func main() {
	a := fill(1)
	println(sum(a), a[0], a[19999])
	println(unnamed(5)[1], fill(3)[7])
	b, k := pair(2)
	println(b[3], k)
	println(a.first(), a[0])
	a.bump()
	println(a[0])
	f := a.first
	a[0] = 50
	println(f(), a[0])
	var i firster = a
	a[0] = 60
	println(i.first(), a[0])
	g := Big.first
	println(g(a))
	println(sum(fill(0)))
}
