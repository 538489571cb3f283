// A variable whose address does not outlive its frame stays in the frame
// (Escape/AddressEscape.swift): an alloca whose address is cast into the
// heap address space for the Go pointer, and no runtime.newobject; one
// whose address is stored in a global gets a heap cell.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-LABEL: define void @main.main(
// CHECK-DAG: %x = alloca i64
// CHECK-DAG: addrspacecast ptr %x to ptr addrspace(1)
// CHECK-DAG: %y = {{.*}}call ptr addrspace(1) @runtime.newobject(ptr @"type:int")
// CHECK: ret void

package main

var global *int

func main() {
	x := 1
	p := &x
	*p = 2
	y := 3
	global = &y
	println(x, *global)
}
