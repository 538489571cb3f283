// Numeric conversions: truncation, sign extension, float to integer toward zero, float32 rounding, string(rune).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:44 44 -4464 4464
// CHECK-NEXT:4294967295 18446744073709551615 -1
// CHECK-NEXT:3 -3 1000000000000000000
// CHECK-NEXT:+3.500000e+000 +2.333333e+000
// CHECK-NEXT:+1.000000e-001 +1.000000e-001
// CHECK-NEXT:G 世 � �
// CHECK-NEXT:z 122
// CHECK-NEXT:+3.760000e+001
// CHECK-NOT:{{.}}

package main

func main() {
	big, huge := 300, -70000
	println(int8(big), uint8(big), int16(huge), uint16(-huge))
	neg := int32(-1)
	println(uint32(neg), uint64(neg), int64(neg))
	f := 3.99
	println(int(f), int(-f), int64(1e18))
	n := 7
	println(float64(n)/2, float32(n)/3)
	d := 0.1
	println(float32(d), float64(float32(d)))
	r := 'G'
	println(string(r), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	var b byte = 'z'
	println(string(rune(b)), rune(b))
	type Celsius float64
	c := Celsius(36.6)
	println(float64(c) + 1)
}
