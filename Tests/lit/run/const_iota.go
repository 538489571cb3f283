// iota: implicit repetition, skipped values, expressions, typed constants (spec: Iota).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 1 2 4
// CHECK-NEXT:1024 1048576 1073741824
// CHECK-NEXT:0 0 1 10 2 20
// CHECK-NEXT:x x 2
// CHECK-NOT:{{.}}

package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "x"
	x1
	x2 = iota
)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB)
	println(a, b, c, d, e, f)
	println(x0, x1, x2)
}
