// A syntax error at top level: a statement where a declaration must be.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}syntax_bad_decl.go:9:1: syntax error: non-declaration statement outside function body
// CHECK-NOT:{{.}}

package main

x := 1

func main() {
}
