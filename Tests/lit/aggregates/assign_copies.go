// Assigning a struct or an array copies the whole value: writes through
// the copy leave the original unchanged (Go spec, Assignment statements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 10 2
// CHECK-NEXT:1 100
// CHECK-NEXT:1 2 20
// CHECK-NEXT:2 99
// CHECK-NOT:{{.}}

package main

type Point struct {
	X, Y int
}

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	println(a.X, a.Y, b.X, b.Y)

	arr := [3]int{1, 2, 3}
	cp := arr
	cp[0] = 100
	println(arr[0], cp[0])

	var c Point
	c = a
	a.Y = 20
	println(c.X, c.Y, a.Y)

	grid := [2]Point{{1, 1}, {2, 2}}
	g2 := grid
	g2[1].Y = 99
	println(grid[1].Y, g2[1].Y)
}
