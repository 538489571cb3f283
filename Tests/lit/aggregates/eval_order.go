// Evaluation order with aggregates: the operands of a[i] op= v are evaluated
// once, and the elements of a composite literal are evaluated left to right
// in source order, whatever their keys (Go spec, Order of evaluation).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:eval index
// CHECK-NEXT:eval rhs
// CHECK-NEXT:5
// CHECK-NEXT:eval Y
// CHECK-NEXT:eval X
// CHECK-NEXT:2 1
// CHECK-NEXT:eval three
// CHECK-NEXT:eval zero
// CHECK-NEXT:0 3
// CHECK-NEXT:row
// CHECK-NEXT:eval col
// CHECK-NEXT:1
// CHECK-NOT:{{.}}

package main

type P struct{ X, Y int }

func tick(tag string, v int) int {
	println("eval", tag)
	return v
}

var grid [2][3]int

func row() *[3]int {
	println("row")
	return &grid[1]
}

func main() {
	var idx [3]int
	idx[tick("index", 1)] += tick("rhs", 5)
	println(idx[1])
	lit := P{Y: tick("Y", 1), X: tick("X", 2)}
	println(lit.X, lit.Y)
	arr := [4]int{3: tick("three", 3), 0: tick("zero", 0)}
	println(arr[0], arr[3])
	row()[tick("col", 2)]++
	println(grid[1][2])
}
