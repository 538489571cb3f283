// A map of slices grows each entry with m[k] = append(m[k], v); a missing
// entry reads as a nil slice (Go spec, Map types; Appending).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 7 63 false
// CHECK-NEXT:1 7 70 false
// CHECK-NEXT:2 6 57 false
// CHECK-NEXT:3 0 0 true
// CHECK-NEXT:100
// CHECK-NEXT:2 2 avocado banana
// CHECK-NEXT:true false 1
// CHECK-NOT:{{.}}

package main

func main() {
	groups := map[int][]int{}
	for i := 0; i < 20; i++ {
		groups[i%3] = append(groups[i%3], i)
	}
	for k := 0; k < 4; k++ {
		g := groups[k]
		sum := 0
		for _, v := range g {
			sum += v
		}
		println(k, len(g), sum, g == nil)
	}
	s := groups[1]
	s[0] = 100
	println(groups[1][0])
	words := map[string][]string{}
	words["a"] = append(words["a"], "apple", "avocado")
	words["b"] = append(words["b"], "banana")
	println(len(words), len(words["a"]), words["a"][1], words["b"][0])
	ms := map[string]map[int]bool{}
	if ms["x"] == nil {
		ms["x"] = map[int]bool{}
	}
	ms["x"][3] = true
	println(ms["x"][3], ms["x"][4], len(ms))
}
