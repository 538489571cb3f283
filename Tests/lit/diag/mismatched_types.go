// Operands of a binary operator must have identical types; results must match the signature.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}mismatched_types.go:13:9: not enough return values
// CHECK-NEXT:	have (number)
// CHECK-NEXT:	want (int, string)
// CHECK-NEXT:{{.*}}mismatched_types.go:19:10: invalid operation: a + b (mismatched types int32 and int64)
// CHECK-NOT:{{.}}

package main

func f() (int, string) {
	return 1
}

func main() {
	var a int32 = 1
	var b int64 = 2
	println(a + b)
	println(f())
}
