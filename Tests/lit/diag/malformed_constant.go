// Literals too large for gc's constant representation (go/constant parses
// them into big.Float, whose exponent stops at MaxInt32) are malformed
// constants, in gc's words; huge negative exponents (underflow) and values
// just below the limit are fine.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}malformed_constant.go:16:6: malformed constant: 1e1000000000
// CHECK-NEXT:{{.*}}malformed_constant.go:17:6: malformed constant: 1e646456993
// CHECK-NEXT:{{.*}}malformed_constant.go:18:6: malformed constant: 9e646456992
// CHECK-NEXT:{{.*}}malformed_constant.go:19:6: malformed constant: 0x1p2147483647
// CHECK-NOT:{{.}}

package main

const (
	a = 1e1000000000
	b = 1e646456993
	c = 9e646456992
	d = 0x1p2147483647
	e = 8e646456992
	f = 0x1p2147483646
	g = 1e-1000000000
)

func main() {
	println(a > 0, b > 0, c > 0, d > 0, e > 0, f > 0, g >= 0)
}
