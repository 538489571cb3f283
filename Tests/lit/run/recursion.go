// Recursive and mutually recursive functions.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:6765
// CHECK-NEXT:true true false
// CHECK-NOT:{{.}}

package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func even(n uint) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n uint) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func main() {
	println(fib(20))
	println(even(10), odd(7), even(7))
}
