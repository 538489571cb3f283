// Untyped constants are exact: huge intermediates and exact rational arithmetic (spec: Constant expressions).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:4
// CHECK-NEXT:1024
// CHECK-NEXT:true
// CHECK-NEXT:+1.000000e+010
// CHECK-NEXT:98 b
// CHECK-NEXT:+1.677722e+007
// CHECK-NEXT:3 -3 1 -1 +3.500000e+000
// CHECK-NOT:{{.}}

package main

const Big = 1 << 100
const Small = Big >> 98
const Third = 1.0 / 3
const Huge = 1e400

func main() {
	println(Small)
	println(Big / (1 << 90))
	println(Third*3 == 1)
	println(Huge / 1e390)
	const c = 'a' + 1
	println(c, string(rune(c)))
	var f float32 = 1 << 24
	println(f)
	println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}
