// Bitwise operators including &^ and unary ^ on signed and unsigned operands.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:61440 65520 4080 240
// CHECK-NEXT:-61681 -1
// CHECK-NEXT:240 10
// CHECK-NEXT:-256 -4661
// CHECK-NEXT:61440
// CHECK-NOT:{{.}}

package main

func main() {
	x, y := 0xF0F0, 0xFF00
	println(x&y, x|y, x^y, x&^y)
	println(^x, ^0)
	var u uint8 = 0x0F
	println(^u, u&^0x05)
	var i int16 = -1
	println(i&^0x00FF, i^0x1234)
	x &^= 0x00F0
	println(x)
}
