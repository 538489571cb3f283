// A struct holding arrays: element writes through a field path, whole-array
// field assignment copies, and copying the struct copies its arrays.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:12 -1 1
// CHECK-NEXT:m 49 50
// CHECK-NEXT:77 10 3 2
// CHECK-NOT:{{.}}

package main

type Matrix struct {
	Rows, Cols int
	Cells      [2][3]int
	Label      [2]byte
}

func main() {
	var m Matrix
	m.Rows, m.Cols = 2, 3
	for r := 0; r < m.Rows; r++ {
		for c := 0; c < m.Cols; c++ {
			m.Cells[r][c] = r*10 + c
		}
	}
	m.Label = [2]byte{0x6d, 0x31}
	n := m
	n.Cells[1][2] = -1
	n.Label[1] = 0x32
	println(m.Cells[1][2], n.Cells[1][2], m.Cells[0][1])
	println(string(rune(m.Label[0])), m.Label[1], n.Label[1])
	row := m.Cells[1]
	row[0] = 77
	println(row[0], m.Cells[1][0], len(row), len(m.Cells))
}
