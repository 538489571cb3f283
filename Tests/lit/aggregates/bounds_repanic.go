// A recovered index panic that is re-raised reports both panics, the first
// marked [recovered]; a store out of range panics like a load.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:stored 1 3
// CHECK-NEXT:recovered: false
// CHECK-NEXT:recovered: true
// CHECK-NEXT:panic: runtime error: index out of range [4] with length 4 [recovered]
// CHECK-NEXT:	panic: runtime error: index out of range [4] with length 4
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type Grid struct {
	Cells [2][4]int
}

func store(g *Grid, r, c int) {
	defer func() {
		e := recover()
		println("recovered:", e != nil)
		if e != nil {
			panic(e)
		}
	}()
	g.Cells[r][c] = 1
	println("stored", r, c)
}

func main() {
	var g Grid
	store(&g, 1, 3)
	store(&g, 1, 4)
}
