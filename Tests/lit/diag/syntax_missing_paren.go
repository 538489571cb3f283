// A syntax error inside a call's argument list.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}syntax_missing_paren.go:10:16: syntax error: unexpected newline in argument list; possibly missing comma or )
// CHECK-NOT:{{.}}

package main

func main() {
	println("a", 1
	println("b")
}
