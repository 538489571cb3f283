// []rune(s) gets the whole size class of its allocation as capacity, as
// gc's rawruneslice does (runtime/string.go): cap is roundupsize(4n)/4; a
// constant string's runes get exactly their count. The
// results are kept in a global so that gc allocates them (a conversion
// whose result stays in the frame uses a 32-rune buffer in gc).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 0 0
// CHECK-NEXT:1 1 2
// CHECK-NEXT:3 3 4
// CHECK-NEXT:5 5 6
// CHECK-NEXT:9 9 12
// CHECK-NEXT:33 33 36
// CHECK-NEXT:100 100 104
// CHECK-NEXT:12 12
// CHECK-NEXT:5 5
// CHECK-NOT:{{.}}

package main

var keep [][]rune

//go:noinline
func s(n int) string {
	b := []byte{}
	for i := 0; i < n; i++ {
		b = append(b, 'a'+byte(i%26))
	}
	return string(b)
}

func main() {
	for _, n := range []int{0, 1, 3, 5, 9, 33, 100} {
		r := []rune(s(n))
		keep = append(keep, r)
		println(n, len(r), cap(r))
	}
	c := []rune("héllo, wörld")
	keep = append(keep, c)
	println(len(c), cap(c))
	d := []rune("héllo")
	println(len(d), cap(d))
}
