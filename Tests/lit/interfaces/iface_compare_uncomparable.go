// Comparing two interface values with identical dynamic types that are not
// comparable panics at run time (Go spec, Comparison operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:false
// CHECK-NEXT:true
// CHECK-NEXT:before
// CHECK-NEXT:panic: runtime error: comparing uncomparable type []int
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type I interface {
	M()
}

type S []int

func (S) M() {}

//go:noinline
func same(a, b interface{}) bool {
	return a == b
}

func main() {
	// Different dynamic types compare unequal without a panic.
	println(same([]int{1}, 1))
	var i I = S{1}
	println(i != nil)
	println("before")
	println(same([]int{1}, []int{1}))
	println("not reached")
}
