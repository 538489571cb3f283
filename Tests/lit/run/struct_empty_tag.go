// An empty field tag is no tag (spec: "Type identity"; reflect agrees):
// the two struct types are identical and assignable (Go's
// fixedbugs/issue15439.go). Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true true
package main

import "reflect"

func main() {
	a := &struct{ x int }{}
	b := &struct{ x int "" }{}
	a = b
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	println(tb.AssignableTo(ta), ta == tb)
}
