// Conversions between string, []byte and []rune copy the data; invalid runes
// become U+FFFD (Go spec, Conversions to and from a string type).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:14 195 169
// CHECK-NEXT:héllo, 世界 Héllo, 世界
// CHECK-NEXT:9 233 19990
// CHECK-NEXT:héllo, 世!
// CHECK-NEXT:���a
// CHECK-NEXT:5 65533 65533
// CHECK-NEXT:0 false 0
// CHECK-NEXT:true true
// CHECK-NEXT:é
// CHECK-NEXT:世 hi
// CHECK-NOT:{{.}}

package main

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	println(len(b), b[1], b[2])
	b[0] = 'H'
	println(s, string(b))
	r := []rune(s)
	println(len(r), r[1], r[7])
	r[8] = '!'
	println(string(r))
	println(string([]rune{-1, 0xD800, 0x110000, 'a'}))
	bad := []rune("a\xffb\xe4\xb8")
	println(len(bad), bad[1], bad[3])
	println(len([]byte("")), []byte("") == nil, len([]rune("")))
	var nb []byte
	var nr []rune
	println(string(nb) == "", string(nr) == "")
	t := string(b[1:3])
	b[1] = 'X'
	println(t)
	println(string(rune(0x4e16)), string([]byte{104, 105}))
}
