// Shifts: arithmetic right shift of negatives, counts at or beyond the width, unsigned counts (spec: Arithmetic operators).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:-9 -2 -1 -1
// CHECK-NEXT:2 1 0 0
// CHECK-NEXT:-128 0
// CHECK-NEXT:144 25
// CHECK-NEXT:9223372036854775808 0
// CHECK-NEXT:8 -8
// CHECK-NOT:{{.}}

package main

func main() {
	x := -17
	println(x>>1, x>>4, x>>63, x>>100)
	var u uint32 = 0x80000001
	println(u<<1, u>>31, u<<32, u>>40)
	var b int8 = 1
	var s uint = 7
	println(b<<s, b<<(s+1))
	var c uint8 = 200
	println(c<<1, c>>3)
	var big uint64 = 1
	println(big<<63, big<<64)
	n := 3
	println(1<<n, -1<<n)
}
