// Integer overflow wraps around in every width (spec: Integer overflow).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:-128
// CHECK-NEXT:255
// CHECK-NEXT:0
// CHECK-NEXT:-9223372036854775808 0 -9223372036854775808
// CHECK-NEXT:1
// CHECK-NEXT:0
// CHECK-NEXT:-32768 32767
// CHECK-NOT:{{.}}

package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c int32 = 1 << 30
	c *= 4
	println(c)
	var d int64 = -9223372036854775808
	m1 := int64(-1)
	println(d/m1, d%m1, -d)
	var e uint16 = 65535
	e += 2
	println(e)
	var f uint64 = 1 << 63
	println(f * 2)
	var g int16 = -32768
	println(-g, g-1)
}
