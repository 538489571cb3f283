// append([]byte, string...) appends the string's bytes, and conversions
// between []byte and string copy (Go spec, Appending and copying slices;
// Conversions to and from a string type).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:abcde 5
// CHECK-NEXT:6 195 169
// CHECK-NEXT:héllo Héllo
// CHECK-NEXT:true 0
// CHECK-NOT:{{.}}

package main

func main() {
	b := []byte("ab")
	b = append(b, "cd"...)
	b = append(b, ""...)
	b = append(b, 'e')
	println(string(b), len(b))

	s := "héllo"
	r := append([]byte(nil), s...)
	println(len(r), r[1], r[2])
	r[0] = 'H'
	println(s, string(r))

	var nb []byte
	nb = append(nb, ""...)
	println(nb == nil, len(nb))
}
