// A nil slice has length and capacity 0, prints as [0/0]0x0, ranges zero
// times and can be appended to; an empty literal or make is not nil (Go spec,
// Slice types; gc's printslice).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true 0 0 0
// CHECK-NEXT:[0/0]0x0
// CHECK-NEXT:[0/0]0x0 true
// CHECK-NEXT:[0/0]0x0 true
// CHECK-NEXT:false 1 1
// CHECK-NEXT:false 0
// CHECK-NEXT:0 true
// CHECK-NEXT:1 true
// CHECK-NEXT:false
// CHECK-NOT:{{.}}

package main

func count(s []int) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s), count(s))
	println(s)
	println(s[:], s[0:0] == nil)
	var b []byte
	println(b, string(b) == "")
	s = append(s, 1)
	println(s == nil, len(s), s[0])
	e := make([]int, 0)
	println(e == nil, len(e))
	var ss [][]string
	println(len(ss), ss == nil)
	ss = append(ss, nil)
	println(len(ss), ss[0] == nil)
	print(s[:0] == nil, "\n")
}
