// Reading, deleting from, ranging over and taking len of a nil map are
// allowed; a nil map prints as 0x0 (Go spec, Map types).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true 0 0
// CHECK-NEXT:0 false
// CHECK-NEXT:0
// CHECK-NEXT:0x0
// CHECK-NEXT:true 0
// CHECK-NEXT:0 0
// CHECK-NEXT:false 0
// CHECK-NOT:{{.}}

package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	delete(m, "x")
	n := 0
	for range m {
		n++
	}
	println(n)
	println(m)
	var ms map[int][]int
	println(ms[3] == nil, len(ms[3]))
	var mi map[interface{}]int
	println(mi[1], mi[nil])
	e := map[string]int{}
	println(e == nil, len(e))
}
