// `golly run` of a program that exits normally: exit status 0, the program's
// output (observed from gc) and nothing from the compiler.
// RUN: %golly run %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:ran 3
// CHECK-NOT:{{.}}

package main

func main() {
	n := 0
	for i := 0; i < 3; i++ {
		n++
	}
	println("ran", n)
}
