// A map holds copies of struct and array values: changing the original or
// the copy read back leaves the entry alone (Go spec, Map types).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2
// CHECK-NEXT:5 0
// CHECK-NEXT:1 3
// CHECK-NEXT:7
// CHECK-NOT:{{.}}

package main

type P struct {
	X, Y int
}

func main() {
	p := P{1, 2}
	m := map[string]P{"p": p}
	p.X = 100
	q := m["p"]
	q.Y = 200
	println(m["p"].X, m["p"].Y)
	tmp := m["p"]
	tmp.X = 5
	m["p"] = tmp
	println(m["p"].X, m["missing"].X)
	ma := map[int][3]int{}
	arr := [3]int{1, 2, 3}
	ma[0] = arr
	arr[0] = 9
	println(ma[0][0], len(ma[1]))
	mp := map[string]*P{"p": &p}
	mp["p"].Y = 7
	println(p.Y)
}
