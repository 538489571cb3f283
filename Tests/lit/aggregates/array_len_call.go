// len of an array-valued expression that contains a function call is not a
// constant: the call is evaluated for its side effects and the result is
// the array length (Go spec, Length and capacity).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:arr called
// CHECK-NEXT:4
// CHECK-NEXT:get called
// CHECK-NEXT:3
// CHECK-NOT:{{.}}

package main

type T struct {
	A [3]int
}

func arr() [4]string {
	println("arr called")
	return [4]string{"a"}
}

func get() T {
	println("get called")
	return T{}
}

func main() {
	println(len(arr()))
	println(len(get().A))
}
