// Map make with a hint, literals, index, comma-ok, assignment, op-assignment,
// ++, delete and len (Go spec, Map types; Index expressions; Deletion of map
// elements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0
// CHECK-NEXT:2 10 2 0
// CHECK-NEXT:2 true
// CHECK-NEXT:0 false
// CHECK-NEXT:true
// CHECK-NEXT:15 7 30 -1 4
// CHECK-NEXT:3 0
// CHECK-NEXT:gone
// CHECK-NEXT:3 two true
// CHECK-NEXT:three!
// CHECK-NEXT:1000 998001 250000
// CHECK-NEXT:2 2 0
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

func main() {
	m := make(map[string]int, 10)
	println(len(m))
	m["a"] = 1
	m["b"] = 2
	m["a"] = 10
	println(len(m), m["a"], m["b"], m["zz"])
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["c"]
	println(v, ok)
	_, ok = m["a"]
	println(ok)
	m["a"] += 5
	m["new"] += 7
	m["b"]++
	m["cnt"]--
	m["b"] *= 10
	println(m["a"], m["new"], m["b"], m["cnt"], len(m))
	delete(m, "a")
	delete(m, "missing")
	println(len(m), m["a"])
	if _, ok := m["a"]; !ok {
		println("gone")
	}
	lit := map[int]string{1: "one", 2: "two", 3: "three"}
	println(len(lit), lit[2], lit[4] == "")
	k := 3
	lit[k] = lit[k] + "!"
	println(lit[3])
	big := make(map[int]int, 1000)
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	println(len(big), big[999], big[500])
	mm := map[string]map[string]int{"x": {"y": 1}}
	mm["x"]["z"] = 2
	println(len(mm["x"]), mm["x"]["z"], mm["q"]["r"])
	var f map[bool]float64 = map[bool]float64{true: 1.5}
	f[false] = -2.5
	println(f[true]+f[false] == -1)
}
