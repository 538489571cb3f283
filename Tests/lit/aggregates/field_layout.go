// Structs mixing field sizes (int8, int64, float32, bool, string, uint16,
// byte arrays, uint32) keep every field intact through copies, writes and
// comparison, whatever the padding between them.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:-1 1099511627776 +2.500000e+000 true e 65535 2 3735928559
// CHECK-NEXT:0 1099511627776 1 200 3 3735928559 true e!
// CHECK-NEXT:false true
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

type Mixed struct {
	A int8
	B int64
	C float32
	D bool
	E string
	F uint16
	G [3]byte
	H uint32
}

func main() {
	m := Mixed{A: -1, B: 1 << 40, C: 2.5, D: true, E: "e", F: 65535, G: [3]byte{1, 2, 3}, H: 0xdeadbeef}
	c := m
	c.A++
	c.G[1] = 200
	println(m.A, m.B, m.C, m.D, m.E, m.F, m.G[1], m.H)
	println(c.A, c.B, c.G[0], c.G[1], c.G[2], c.H, c.D, c.E+"!")
	println(m == c, m != c)
	c.A--
	c.G[1] = 2
	println(m == c)
}
