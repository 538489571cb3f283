// `&&` and `||` take their place among a statement's calls (gc's
// order.go evaluates them into a temporary where they stand): the calls
// on their left run before the calls after them (Go's
// fixedbugs/issue30566b.go), and a variable they read is read there.
// Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:[1 2]
// CHECK-NEXT:[3 4 5]
// CHECK-NEXT:false 1
package main

import "fmt"

var x []byte

func g(b byte) bool {
	x = append(x, b)
	return false
}

var flag = true

func clear() int { flag = false; return 1 }

func main() {
	_, _ = false || g(1), g(2)
	fmt.Println(x)
	x = nil
	_, _, _ = g(3), true && g(4), g(5)
	fmt.Println(x)
	a, b := flag && true, clear()
	fmt.Println(!a, b)
}
