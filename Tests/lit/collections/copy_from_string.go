// copy from a string into a []byte copies min(len(dst), len(src)) bytes
// (Go spec, Appending and copying slices).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 hel
// CHECK-NEXT:6 héllo 0
// CHECK-NEXT:3 héllxyz
// CHECK-NEXT:0
// CHECK-NEXT:3 defllxyz
// CHECK-NOT:{{.}}

package main

func main() {
	b := make([]byte, 3)
	n := copy(b, "hello")
	println(n, string(b))

	c := make([]byte, 8)
	n = copy(c, "héllo")
	println(n, string(c[:n]), c[7])

	n = copy(c[5:], "xyz")
	println(n, string(c))

	n = copy(c, "")
	println(n)

	s := "abcdef"
	n = copy(c[:3], s[3:])
	println(n, string(c))
}
