// real and imag take complex operands only: an untyped string or bool
// constant is an error, not converted (types2 builtins).
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}real_of_string.go:13:15: invalid argument: argument has type untyped string, expected complex type
// CHECK-NEXT:{{.*}}real_of_string.go:14:12: invalid argument: argument has type untyped bool, expected complex type
// CHECK-NEXT:{{.*}}real_of_string.go:16:17: invalid argument: argument has type untyped string, expected complex type
// CHECK-NOT:{{.}}

package main

func main() {
	println(real("x"))
	x := imag(true)
	_ = x
	const c = imag("x")
}
