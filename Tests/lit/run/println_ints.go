// println of every integer type at its limits (gc's runtime/print.go).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:-128 255 -32768 65535
// CHECK-NEXT:-2147483648 4294967295
// CHECK-NEXT:-9223372036854775808 18446744073709551615
// CHECK-NEXT:9223372036854775807 9223372036854775808 3735928559
// CHECK-NEXT:65 233
// CHECK-NEXT:0 -1 42
// CHECK-NOT:{{.}}

package main

func main() {
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	var i int = 9223372036854775807
	var u uint = 1 << 63
	var up uintptr = 0xdeadbeef
	var b byte = 'A'
	var r rune = 'é'
	println(i8, u8, i16, u16)
	println(i32, u32)
	println(i64, u64)
	println(i, u, up)
	println(b, r)
	println(0, -1, 42)
}
