// The three for forms: condition only, init;cond;post, and infinite with break.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:55
// CHECK-NEXT:243
// CHECK-NEXT:4
// CHECK-NEXT:0 10
// CHECK-NEXT:1 8
// CHECK-NEXT:2 6
// CHECK-NEXT:3 4
// CHECK-NOT:{{.}}

package main

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	println(sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	println(n)
	c := 0
	for {
		c++
		if c >= 4 {
			break
		}
	}
	println(c)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		println(i, j)
	}
}
