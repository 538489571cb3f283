// An interface that embeds itself, directly or through another interface,
// is an invalid recursive type (spec: "Interface types"; gc's
// test/fixedbugs/bug251.go); values of it raise no further errors.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}recursive_interface.go:14:6: invalid recursive type I1
// CHECK-NEXT:	{{.*}}recursive_interface.go:14:6: I1 refers to
// CHECK-NEXT:	{{.*}}recursive_interface.go:19:6: I2 refers to
// CHECK-NEXT:	{{.*}}recursive_interface.go:14:6: I1
// CHECK-NOT:{{.}}

package main

type I1 interface {
	m() I2
	I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2

func main() {}
