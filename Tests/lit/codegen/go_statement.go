// `go f(x, y)` evaluates f's arguments at the go statement into a new heap
// object of their struct type and starts a goroutine on a thunk that
// unpacks them (as for defer); a literal without parameters is started as
// itself. Sends and receives pass the element by address.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
//
// CHECK-LABEL: define void @main.main(
// CHECK: %[[C:[a-z0-9.]+]] = {{.*}}call ptr addrspace(1) @runtime.makechan(ptr @"type:chan int", i64 1)
// CHECK: %[[A:[a-z0-9.]+]] = {{.*}}call ptr addrspace(1) @runtime.newobject(ptr @"type:struct { a0 chan int; a1 int }")
// CHECK: call void @runtime.newproc(ptr addrspace(1) {{.*}}@"main.main.gowrap1{{.*}}, ptr addrspace(1) %[[A]])
// CHECK: call void @runtime.newproc(ptr addrspace(1) %closure, ptr addrspace(1) null)
// CHECK: call void @runtime.chanrecv1(ptr addrspace(1) {{.*}}, ptr %chan.elem)

package main

func f(c chan int, x int) { c <- x }

func main() {
	c := make(chan int, 1)
	go f(c, 3)
	go func() { println("literal") }()
	println(<-c)
}
