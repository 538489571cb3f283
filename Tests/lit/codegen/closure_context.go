// A func value is a pointer to a closure object {fnptr, captured...}, and Go
// functions take the closure context as a hidden argument (docs/DESIGN.md §4).
// The closure is called indirectly through the loaded function pointer.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-LABEL: define {{.*}} @main.apply(
// CHECK: call {{[^@]*}} %{{[-a-zA-Z$._0-9]+}}(

package main

func apply(f func(int) int, v int) int {
	return f(v)
}

func main() {
	base := 10
	println(apply(func(v int) int { return base + v }, 5))
}
