// Composite literals: keyed and positional struct literals, array literals
// with index keys and [...], and nested literals whose element types are
// elided, including &T elided for pointer elements (Go spec, Composite
// literals).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 0 4 true
// CHECK-NEXT:5 3 0 0 6
// CHECK-NEXT:1 0 20 30 0
// CHECK-NEXT:3 0 6
// CHECK-NEXT:1 2 b
// CHECK-NEXT:7 8 9 0
// CHECK-NEXT:3 0 5
// CHECK-NOT:{{.}}

package main

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Name     string
}

func main() {
	l := Line{From: Point{1, 2}, To: Point{Y: 4}}
	println(l.From.X, l.From.Y, l.To.X, l.To.Y, l.Name == "")

	pts := [...]Point{{1, 2}, {X: 3}, 4: {5, 6}}
	println(len(pts), pts[1].X, pts[1].Y, pts[3].X, pts[4].Y)

	sparse := [5]int{2: 20, 30, 0: 1}
	println(sparse[0], sparse[1], sparse[2], sparse[3], sparse[4])

	grid := [2][3]int{{1, 2, 3}, {2: 6}}
	println(grid[0][2], grid[1][0], grid[1][2])

	lines := [2]Line{{From: Point{1, 1}}, {To: Point{2, 2}, Name: "b"}}
	println(lines[0].From.X, lines[1].To.Y, lines[1].Name)

	ptrs := [...]*Point{{7, 8}, {}}
	ptrs[1].X = 9
	println(ptrs[0].X, ptrs[0].Y, ptrs[1].X, ptrs[1].Y)

	nested := [2][2]Point{{{1, 2}, {3, 4}}, {1: {Y: 5}}}
	println(nested[0][1].X, nested[1][0].X, nested[1][1].Y)
}
