// golly test -v: === RUN lines, subtests with their #NN names, parallel
// subtests paused and continued, examples checked against `// Output:` and
// `// Unordered output:` (one without an output comment is not run), PASS
// and the ok line; the binary runs in the package's directory (testdata/).
// Expected output: `go test -count=1 -v -run 'Add|Half|Testdata|Parallel|Example' ./pass`
// in Inputs/testmod (gc 1.19), times as patterns.
// RUN: cd %S/Inputs/testmod && %golly test -v -run 'Add|Half|Testdata|Parallel|Example' ./pass > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
//
// CHECK:=== RUN   TestAdd
// CHECK-NEXT:--- PASS: TestAdd ({{[0-9.]+}}s)
// CHECK-NEXT:=== RUN   TestHalf
// CHECK-NEXT:=== RUN   TestHalf/case
// CHECK-NEXT:=== RUN   TestHalf/case#01
// CHECK-NEXT:=== RUN   TestHalf/case#02
// CHECK-NEXT:--- PASS: TestHalf ({{[0-9.]+}}s)
// CHECK-NEXT:    --- PASS: TestHalf/case ({{[0-9.]+}}s)
// CHECK-NEXT:    --- PASS: TestHalf/case#01 ({{[0-9.]+}}s)
// CHECK-NEXT:    --- PASS: TestHalf/case#02 ({{[0-9.]+}}s)
// CHECK-NEXT:=== RUN   TestTestdata
// CHECK-NEXT:--- PASS: TestTestdata ({{[0-9.]+}}s)
// CHECK-NEXT:=== RUN   TestParallel
// CHECK-NEXT:=== RUN   TestParallel/a
// CHECK-NEXT:=== PAUSE TestParallel/a
// CHECK-NEXT:=== RUN   TestParallel/b
// CHECK-NEXT:=== PAUSE TestParallel/b
// CHECK-NEXT:=== CONT  TestParallel/a
// CHECK-NEXT:=== CONT  TestParallel/b
// CHECK-NEXT:--- PASS: TestParallel ({{[0-9.]+}}s)
// CHECK-NEXT:    --- PASS: TestParallel/a ({{[0-9.]+}}s)
// CHECK-NEXT:    --- PASS: TestParallel/b ({{[0-9.]+}}s)
// CHECK-NEXT:=== RUN   ExampleAdd
// CHECK-NEXT:--- PASS: ExampleAdd ({{[0-9.]+}}s)
// CHECK-NEXT:=== RUN   ExampleAdd_unordered
// CHECK-NEXT:--- PASS: ExampleAdd_unordered ({{[0-9.]+}}s)
// CHECK-NEXT:PASS
// CHECK-NEXT:ok  	example.com/testmod/pass	{{[0-9]+\.[0-9][0-9][0-9]}}s
// CHECK-NOT:{{.}}

package main
