// An unrecovered out-of-range array index ends the program with gc's
// runtime error message and exit status 2.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:panic: runtime error: index out of range [5] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

var arr [3]int

func index() int {
	return 5
}

func main() {
	arr[1] = 1
	println("before")
	println(arr[index()])
	println("not reached")
}
