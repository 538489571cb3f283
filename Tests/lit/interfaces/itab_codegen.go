// Converting a T to a non-empty interface I stores a constant itab global
// named as gc names it, go:itab.main.T,main.I (docs/DESIGN.md §4), and a
// method call through I loads the function pointer from the itab's method
// table and calls it indirectly (Go spec, Interface types; Calls).
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-DAG: @"go:itab.main.T,main.I" = {{.*}}constant {{.*}}@"type:main.I"{{.*}}@"type:main.T"
// CHECK-LABEL: define {{.*}} @main.call(
// CHECK: [[ITAB:%[-a-zA-Z$._0-9]+]] = extractvalue { ptr, ptr addrspace(1) } {{%[-a-zA-Z$._0-9]+}}, 0
// CHECK: [[SLOT:%[-a-zA-Z$._0-9]+]] = getelementptr {{.*}}ptr [[ITAB]], {{.*}}
// CHECK-NEXT: [[FN:%[-a-zA-Z$._0-9]+]] = load ptr, ptr [[SLOT]]
// CHECK: call {{[^@]*}} [[FN]](
// CHECK: ret
// CHECK-LABEL: define {{.*}} @main.main(
// CHECK: insertvalue { ptr, ptr addrspace(1) } { ptr @"go:itab.main.T,main.I", {{.*}}

package main

type I interface {
	M() int
	N() int
}

type T struct {
	x int
}

func (t T) M() int { return t.x }
func (t T) N() int { return t.x + 1 }

//go:noinline
func call(i I) int {
	return i.N()
}

func main() {
	var i I = T{3}
	println(call(i))
}
