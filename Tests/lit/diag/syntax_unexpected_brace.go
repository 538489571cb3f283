// A syntax error: an expression cut short by a closing brace (gc's syntax package wording).
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}syntax_unexpected_brace.go:11:1: syntax error: unexpected }, expecting expression
// CHECK-NOT:{{.}}

package main

func main() {
	x := 1 +
}
