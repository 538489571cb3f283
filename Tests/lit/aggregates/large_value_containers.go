// Arrays and structs larger than 1 KiB as map values and keys, slice
// elements (literals, append, index), range values (ranging over an array
// copies it), interface values (boxing, assertions, comma-ok zero values,
// type switches) (Go spec: "Map types", "For statements", "Type assertions").
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 5 true 0 false 10000 0
// CHECK-NEXT:a 1
// CHECK-NEXT:zero true
// CHECK-NEXT:3 10 5 8 10019
// CHECK-NEXT:0 11
// CHECK-NEXT:1 5
// CHECK-NEXT:2 21
// CHECK-NEXT:10099 -1
// CHECK-NEXT:7 false 8 true
// CHECK-NEXT:0 false
// CHECK-NEXT:Big 9
// CHECK-NOT:{{.}}

package main

type Big [10000]int

func fill(k int) (b Big) {
	for i := range b {
		b[i] = i + k
	}
	return
}

func main() {
	m := map[string]Big{"a": fill(1)}
	m["b"] = fill(2)
	x, ok := m["b"]
	y, ok2 := m["c"]
	println(len(m), x[3], ok, y[3], ok2, m["a"][9999], m["zz"][5])
	for k, v := range m {
		if k == "a" {
			println("a", v[0])
		}
	}
	keys := map[Big]string{fill(0): "zero"}
	println(keys[fill(0)], keys[fill(1)] == "")

	s := []Big{fill(10), {1: 5}}
	s = append(s, fill(20))
	s[1][2] = 8
	println(len(s), s[0][0], s[1][1], s[1][2], s[2][9999])
	for i, v := range s {
		println(i, v[1])
	}

	arr := fill(100)
	n := 0
	for i, v := range arr {
		if i == 0 {
			arr[9999] = -1 // the loop ranges over a copy
		}
		n = v
	}
	println(n, arr[9999])

	var e interface{} = fill(7)
	z := e.(Big)
	_, isInt := e.(int)
	w, isBig := e.(Big)
	println(z[0], isInt, w[1], isBig)
	var f interface{} = 3
	u, okU := f.(Big)
	println(u[0], okU)
	switch v := e.(type) {
	case int:
		println("int")
	case Big:
		println("Big", v[2])
	}
}
