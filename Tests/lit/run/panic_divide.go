// Integer division by zero at run time panics with gc's runtime error message.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:panic: runtime error: integer divide by zero
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(7, 2))
	println(div(1, 0))
}
