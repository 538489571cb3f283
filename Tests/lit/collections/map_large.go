// A map grows through many insertions and shrinks through deletions while
// lookups keep finding every key (runtime/map.go growWork).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:100000
// CHECK-NEXT:0
// CHECK-NEXT:50000
// CHECK-NEXT:2500000000
// CHECK-NEXT:500 2 499
// CHECK-NOT:{{.}}

package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	println(len(m))
	bad := 0
	for i := 0; i < 100000; i++ {
		if m[i*7] != i {
			bad++
		}
	}
	println(bad)
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
	ms := make(map[string]int)
	s := ""
	for i := 0; i < 500; i++ {
		s += "x"
		ms[s] = i
	}
	println(len(ms), ms["xxx"], ms[s])
}
