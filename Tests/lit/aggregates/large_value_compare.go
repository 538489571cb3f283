// == on arrays and structs larger than 1 KiB compares every element or
// field (Go spec: "Comparison operators"): strings by content, floats by
// IEEE rules (NaN unequal to itself), blank fields ignored, and an
// interface element holding an uncomparable value panics as in gc.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true false
// CHECK-NEXT:false true
// CHECK-NEXT:true
// CHECK-NEXT:true
// CHECK-NEXT:false false
// CHECK-NEXT:true
// CHECK-NEXT:panic: runtime error: comparing uncomparable type []int
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type Ints [20000]int

type Rec struct {
	s    string
	_    int
	f    [10000]float64
}

func main() {
	var a, b Ints
	println(a == b, a != b)
	b[19999] = 1
	println(a == b, a != b)

	x := Rec{s: "hello"}
	y := Rec{s: "hel" + "lo"[0:2]}
	println(x == y)
	x.f[9999] = 0.0
	y.f[9999] = -0.0
	println(x == y)
	x.f[0] = 0 / zero
	y.f[0] = x.f[0]
	println(x == y, x == x)

	var p, q [10000]interface{}
	p[5], q[5] = 1, 1
	println(p == q)
	p[9], q[9] = []int{}, []int{}
	println(p == q)
}

var zero float64
