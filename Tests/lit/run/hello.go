// println of a string constant: the smallest program.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:hello, world
// CHECK-NOT:{{.}}

package main

func main() {
	println("hello, world")
}
