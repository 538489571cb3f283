// Labeled break and continue across nested loops and a switch.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 0
// CHECK-NEXT:0 1
// CHECK-NEXT:1 0
// CHECK-NEXT:1 1
// CHECK-NEXT:2 0
// CHECK-NEXT:2 1
// CHECK-NEXT:k 3
// CHECK-NOT:{{.}}

package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			println(i, j)
		}
	}
	k := 0
loop:
	for {
		switch {
		case k > 2:
			break loop
		default:
			k++
		}
	}
	println("k", k)
}
