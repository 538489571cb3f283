// Indexing through a pointer to an array (p[i] is (*p)[i]) reads and
// writes the pointee and is bounds-checked against the array length;
// len(p) is the array length (Go spec, Index expressions; Length).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 1 4 9
// CHECK-NEXT:100 100
// CHECK-NEXT:panic: runtime error: index out of range [4] with length 4
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func fill(p *[4]int) {
	for i := 0; i < len(p); i++ {
		p[i] = i * i
	}
}

func main() {
	var a [4]int
	fill(&a)
	println(a[0], a[1], a[2], a[3])
	p := &a
	p[1] = 100
	println(a[1], (*p)[1])
	n := 4
	println(p[n])
}
