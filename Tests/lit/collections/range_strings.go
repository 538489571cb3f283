// for range over a string yields byte offsets and runes decoded as UTF-8
// (Go spec, For statements with range clause).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 97
// CHECK-NEXT:1 233
// CHECK-NEXT:3 20013
// CHECK-NEXT:6 128512
// CHECK-NEXT:10 122
// CHECK-NEXT:13
// CHECK-NEXT:1 121
// CHECK-NEXT:3
// CHECK-NEXT:012
// CHECK-NOT:{{.}}

package main

func main() {
	for i, r := range "aé中😀z" {
		println(i, r)
	}
	n := 0
	for i := range "héllo" {
		n += i
	}
	println(n)
	var i int
	var r rune
	for i, r = range "xy" {
	}
	println(i, r)
	cnt := 0
	for range "日本語" {
		cnt++
	}
	println(cnt)
	for _, r := range "" {
		println("never", r)
	}
	s := "abc"
	for i := range s {
		s = "zzzzzz"
		print(i)
	}
	println()
}
