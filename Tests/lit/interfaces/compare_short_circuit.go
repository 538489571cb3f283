// == on structs and arrays with interface fields compares in source/index
// order and stops at the first difference, so a later uncomparable dynamic
// value does not panic (gc; stated in Go 1.20's spec, Comparison operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:false
// CHECK-NEXT:false
// CHECK-NEXT:false
// CHECK-NEXT:false
// CHECK-NEXT:false
// CHECK-NEXT:false
// CHECK-NOT:{{.}}

package main

type S struct {
	a interface{}
	b interface{}
}

type N struct {
	n int
	b interface{}
}

//go:noinline
func structs(x, y S) bool {
	return x == y
}

//go:noinline
func arrays(x, y [2]interface{}) bool {
	return x == y
}

//go:noinline
func intFirst(x, y N) bool {
	return x == y
}

//go:noinline
func boxed(x, y interface{}) bool {
	return x == y
}

func main() {
	println(structs(S{1, []int{}}, S{2, []int{}}))
	println(arrays([2]interface{}{1, []int{}}, [2]interface{}{2, []int{}}))
	println(intFirst(N{1, []int{}}, N{2, []int{}}))
	// The same comparisons done by the runtime, inside interfaces.
	println(boxed(S{1, []int{}}, S{2, []int{}}))
	println(boxed([2]interface{}{1, []int{}}, [2]interface{}{2, []int{}}))
	println(boxed(N{1, []int{}}, N{2, []int{}}))
}
