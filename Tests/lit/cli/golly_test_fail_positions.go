// golly test of failing tests: t.Errorf's message under its subtest, with
// the file and line of the call (testing's decorate, runtime.Caller).
// Expected output: `go test -count=1 ./fail` in Inputs/testmod (gc 1.19).
// testing's decorate skips frames by count, through calls gc and golly
// both inline: Callers' frames of inlined calls (runtime/src/inlineinfo.c)
// make the count land on the test's own frame.
// RUN: cd %S/Inputs/testmod && %expect-exit 1 %golly test ./fail > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
//
// CHECK:--- FAIL: TestDouble ({{[0-9.]+}}s)
// CHECK-NEXT:    --- FAIL: TestDouble/two ({{[0-9.]+}}s)
// CHECK-NEXT:        double_test.go:11: Double(2) = 6, want 4
// CHECK-NEXT:--- FAIL: ExampleDouble ({{[0-9.]+}}s)
// CHECK-NEXT:got:
// CHECK-NEXT:3
// CHECK-NEXT:want:
// CHECK-NEXT:2
// CHECK-NEXT:FAIL
// CHECK-NEXT:FAIL	example.com/testmod/fail	{{[0-9]+\.[0-9][0-9][0-9]}}s
// CHECK-NEXT:FAIL
// CHECK-NOT:{{.}}

package main
