// A variable captured by reference lives in a heap cell from the runtime's
// typed allocator (runtime.newobject with the variable's type descriptor),
// and heap pointers are `ptr addrspace(1)` from the first day
// (docs/DESIGN.md §4): the cell's address never appears as a plain `ptr`.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-DAG: declare {{.*}}ptr addrspace(1) @runtime.newobject(ptr)
// CHECK-DAG: call {{.*}}ptr addrspace(1) @runtime.newobject(ptr @"type:int")
// CHECK-DAG: define {{.*}} @main.main.func1(

package main

var keep func()

func main() {
	n := 0
	inc := func() { n++ }
	keep = inc // the closure escapes, so n lives in a heap cell
	inc()
	inc()
	println(n)
}
