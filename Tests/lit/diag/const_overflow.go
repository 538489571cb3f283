// Constant overflow and constant division by zero are compile-time errors (spec: Constant expressions).
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}const_overflow.go:11:20: cannot use 200 (untyped int constant) as int8 value in constant declaration (overflows)
// CHECK-NEXT:{{.*}}const_overflow.go:13:17: invalid operation: division by zero
// CHECK-NEXT:{{.*}}const_overflow.go:16:16: cannot use -1 (untyped int constant) as uint8 value in variable declaration (overflows)
// CHECK-NOT:{{.}}

package main

const small int8 = 200
const zero = 0
const bad = 1 / zero

func main() {
	var u uint8 = -1
	println(small, bad, u)
}
