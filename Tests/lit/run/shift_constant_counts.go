// Constant shift counts of every kind (spec: "Operators"; types2 checks an
// untyped count is representable as a uint and keeps its kind): float and
// complex counts, and counts past int's range shift everything out. Go's
// test/shift3.go; expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 2 2 1
// CHECK-NEXT:4 4 4 1
// CHECK-NEXT:0 0 0 -1
package main

const M = 1<<64 - 1

func main() {
	var x int = 1
	println(x<<1, x<<1., x<<(1+0i), x<<0i)
	println(x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	y := -1
	println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i), y>>M)
}
