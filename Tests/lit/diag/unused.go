// A local variable that is declared but never used is an error (gc, not the spec).
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}unused.go:10:2: x declared but not used
// CHECK-NOT:{{.}}

package main

func main() {
	x := 1
	y := 2
	println(y)
}
