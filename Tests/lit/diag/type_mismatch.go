// A type error: assigning a string constant to an int variable.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}type_mismatch.go:10:14: cannot use "hello" (untyped string constant) as int value in variable declaration
// CHECK-NOT:{{.}}

package main

func main() {
	var n int = "hello"
	println(n)
}
