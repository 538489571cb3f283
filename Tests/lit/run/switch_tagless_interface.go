// A switch without a tag switches on `true` (spec: "Expression switches"):
// a case of interface type is compared with true converted to it, as any
// tag is, not branched on (Go's test/switch.go, issue 3980).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true
// CHECK-NEXT:default
// CHECK-NEXT:B is not true
package main

type B bool

func main() {
	switch i := interface{}(true); {
	case i:
		println("true")
	default:
		println("no")
	}
	switch i := interface{}(1); {
	case i:
		println("bad")
	default:
		println("default")
	}
	switch i := interface{}(B(true)); {
	case i:
		println("bad")
	default:
		println("B is not true")
	}
}
