// Built-in functions given one call of two results (spec: "Calls": f(g())
// spreads g's results): delete, copy (into a slice from a slice or a
// string), print, println and complex; delete and copy stopped the
// compiler with an internal error.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 10 0
// CHECK-NEXT:2 7 8
// CHECK-NEXT:3 xyz
// CHECK-NEXT:4 5
// CHECK-NEXT:45
// CHECK-NEXT:(+1.000000e+000+2.000000e+000i)
// CHECK-NEXT:3
// CHECK-NOT:{{.}}

package main

func mapArgs() (map[int]int, int) { return m, 2 }
func slices() ([]int, []int) { return dst, []int{7, 8, 9} }
func strArgs() ([]byte, string) { return bs, "xyz" }
func ints() (int, int) { return 4, 5 }
func floats() (float64, float64) { return 1, 2 }

var m = map[int]int{1: 10, 2: 20}
var dst = make([]int, 2)
var bs = make([]byte, 5)

func main() {
	delete(mapArgs())
	println(len(m), m[1], m[2])
	println(copy(slices()), dst[0], dst[1])
	println(copy(strArgs()), string(bs[:3]))
	println(ints())
	print(ints())
	println()
	println(complex(floats()))
	s := append([]int{1}, []int{2, 3}...)
	println(len(s))
}
