// golly test of a skipped test: t.Skip's message at the file and line of
// the call (testing's decorate through runtime.Callers, inlined frames
// counted), under `-v` as go test prints it, and the package still ok.
// Expected output: `go test -count=1 -v -run Skipped ./pass` in
// Inputs/testmod (gc 1.19).
// RUN: cd %S/Inputs/testmod && %golly test -v -run Skipped ./pass > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
//
// CHECK:=== RUN   TestSkipped
// CHECK-NEXT:    calc_test.go:26: not today
// CHECK-NEXT:--- SKIP: TestSkipped ({{[0-9.]+}}s)
// CHECK-NEXT:PASS
// CHECK-NEXT:ok  	example.com/testmod/pass	{{[0-9]+\.[0-9][0-9][0-9]}}s
// CHECK-NOT:{{.}}

package main
