// Deleting entries during range: an entry deleted before it is reached is not
// produced, so deleting each visited key's partner visits exactly half; the
// current entry may be deleted too (Go spec, For statements with range clause).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:100 0
// CHECK-NEXT:1225 25
// CHECK-NEXT:625
// CHECK-NOT:{{.}}

package main

func main() {
	m := map[int]bool{}
	for i := 0; i < 200; i++ {
		m[i] = true
	}
	visits := 0
	for k := range m {
		visits++
		delete(m, k)
		delete(m, k^1)
	}
	println(visits, len(m))

	for i := 0; i < 50; i++ {
		m[i] = true
	}
	sum := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
		sum += k
	}
	println(sum, len(m))
	rest := 0
	for k := range m {
		rest += k
	}
	println(rest)
}
