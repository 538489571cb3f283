// Slicing a string yields a substring with byte indices; omitted bounds
// default to 0 and len (Go spec, Slice expressions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:world hello lo, w hello, world 0
// CHECK-NEXT:ll o, world he
// CHECK-NEXT:3 llo true
// CHECK-NEXT:0 true
// CHECK-NEXT:nst
// CHECK-NEXT:or
// CHECK-NOT:{{.}}

package main

func main() {
	s := "hello, world"
	println(s[7:], s[:5], s[3:8], s[:], len(s[12:]))
	i, j := 2, 4
	println(s[i:j], s[j:], s[:i])
	u := "héllo"
	println(len(u[:3]), u[3:], u[1:3] == "é")
	empty := s[5:5]
	println(len(empty), empty == "")
	const c = "constant"
	println(c[2:5])
	sub := s[7:][1:3]
	println(sub)
}
