// for range over a map visits each entry once in any order: sums of keys and
// values, key-only and value-less forms, = to existing variables, break and
// labeled continue (Go spec, For statements with range clause).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:5050 10100
// CHECK-NEXT:5050 100
// CHECK-NEXT:100 true
// CHECK-NEXT:10
// CHECK-NEXT:12
// CHECK-NEXT:2
// CHECK-NOT:{{.}}

package main

func main() {
	m := map[int]int{}
	for i := 1; i <= 100; i++ {
		m[i] = i * 2
	}
	ks, vs := 0, 0
	for k, v := range m {
		ks += k
		vs += v
	}
	println(ks, vs)
	kk := 0
	for k := range m {
		kk += k
	}
	n := 0
	for range m {
		n++
	}
	println(kk, n)
	var k, v int
	checked := 0
	for k, v = range m {
		if v != 2*k {
			println("bad", k, v)
		}
		checked++
	}
	println(checked, m[k] == v)
	seen := 0
	for range m {
		seen++
		if seen == 10 {
			break
		}
	}
	println(seen)
	matrix := map[string][]int{"a": {1, 2, 3}, "b": {4, 5, 6}, "c": {7}}
	total := 0
outer:
	for _, row := range matrix {
		for _, x := range row {
			if x == 2 || x == 5 {
				continue outer
			}
			total += x
		}
	}
	println(total)
	set := map[string]bool{"x": true, "y": true, "z": false}
	trues := 0
	for _, b := range set {
		if b {
			trues++
		}
	}
	println(trues)
}
