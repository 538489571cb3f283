// golly test of a failing example, in package list mode: the binary's
// output, FAIL, go test's FAIL line and a last FAIL; exit 1. Expected
// output: `go test -count=1 -run Example ./fail` in Inputs/testmod (gc 1.19).
// RUN: cd %S/Inputs/testmod && %expect-exit 1 %golly test -run Example ./fail > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
//
// CHECK:--- FAIL: ExampleDouble ({{[0-9.]+}}s)
// CHECK-NEXT:got:
// CHECK-NEXT:3
// CHECK-NEXT:want:
// CHECK-NEXT:2
// CHECK-NEXT:FAIL
// CHECK-NEXT:FAIL	example.com/testmod/fail	{{[0-9]+\.[0-9][0-9][0-9]}}s
// CHECK-NEXT:FAIL
// CHECK-NOT:{{.}}

package main
