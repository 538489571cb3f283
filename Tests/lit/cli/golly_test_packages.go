// golly test in package list mode (Inputs/testmod): a passing package
// prints go test's `ok` line only, a package without test files `?`, a -run
// that matches nothing `[no tests to run]`; exit 0. Expected output: `go
// test -count=1 ...` in Inputs/testmod (gc 1.19), times as patterns.
// RUN: cd %S/Inputs/testmod && %golly test ./pass ./notests > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=PASS --match-full-lines --strict-whitespace < %t.out
// RUN: cd %S/Inputs/testmod && %golly test -run XYZ ./pass ./withmain > %t.notests 2>&1
// RUN: FileCheck %s --check-prefix=NOTESTS --match-full-lines --strict-whitespace < %t.notests
//
// PASS:ok  	example.com/testmod/pass	{{[0-9]+\.[0-9][0-9][0-9]}}s
// PASS-NEXT:?   	example.com/testmod/notests	[no test files]
// PASS-NOT:{{.}}
//
// NOTESTS:ok  	example.com/testmod/pass	{{[0-9]+\.[0-9][0-9][0-9]}}s [no tests to run]
// NOTESTS-NEXT:ok  	example.com/testmod/withmain	{{[0-9]+\.[0-9][0-9][0-9]}}s [no tests to run]
// NOTESTS-NOT:{{.}}

package main
