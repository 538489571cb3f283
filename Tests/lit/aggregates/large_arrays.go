// Arrays and structs larger than 64 KiB live in memory: declared, zeroed,
// written by composite literals in place, indexed, pointed to, boxed in an
// interface (Go spec: "Array types"; gc's test/fixedbugs/issue34395.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:42 9 5 1048576
// CHECK-NEXT:0 3
// CHECK-NEXT:1 199998 big
// CHECK-NEXT:4 0
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

var table = [1 << 20]byte{42, 7: 9, 1<<20 - 1: 5}

type Big struct {
	n    int
	data [100000]int
	s    string
}

var sink interface{}

func fill(p *[100000]int) {
	for i := range p {
		p[i] = i * 2
	}
}

func main() {
	println(table[0], table[7], table[1<<20-1], len(table))
	var local [50000]int64
	local[49999] = 3
	println(local[0], local[49999])
	b := &Big{n: 1, s: "big"}
	fill(&b.data)
	println(b.n, b.data[99999], b.s)
	lit := [70000]int32{3: 4}
	println(lit[3], lit[69999])
	sink = *b
	println(sink != nil)
}
