// defer copy(dst, src): both operands are evaluated at the defer statement
// and the copy happens when the function returns (Go spec: "Defer
// statements"), for slices, a string source and overlapping slices.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0
// CHECK-NEXT:0 abz
// CHECK-NEXT:1 1 2
// CHECK-NOT:{{.}}

package main

func main() {
	a := []int{1, 2, 3}
	b := []byte("xyz")
	func() {
		defer copy(a, []int{9, 8})
		defer copy(b, "ab")
		a = nil
		println(len(a))
	}()
	println(len(a), string(b))
	c := []int{1, 2, 3}
	func() {
		defer copy(c[1:], c)
	}()
	println(c[0], c[1], c[2])
}
