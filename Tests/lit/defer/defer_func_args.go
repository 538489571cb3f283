// Deferring a plain function whose arguments are of several types: the
// argument block saved by the defer statement is unpacked by the call.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:sum 6
// CHECK-NEXT:-8 65535 -1099511627776 +2.500000e+000 true str 7 120
// CHECK-NOT:{{.}}

package main

func report(a int8, b uint16, c int64, d float64, e bool, f string, g uint, h rune) {
	println(a, b, c, d, e, f, g, h)
}

func sum3(a, b, c int) {
	println("sum", a+b+c)
}

func f() {
	defer report(-8, 65535, -1<<40, 2.5, true, "str", 7, 'x')
	defer sum3(1, 2, 3)
	println("body")
}

func main() {
	f()
}
