// Every allocation names its type (docs/DESIGN.md §7): new(T), escaping
// variables, closures, make and append pass the type descriptor, whose
// ptrdata and gcdata bitmap say which words hold heap pointers. T's words
// are a, p, s.ptr, s.len: pointers in words 1 and 2, so ptrdata is 24 and
// the bitmap 0b110. A closure object is gc's struct { F uintptr; X0 *int }.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-DAG: @"type:main.T" = linkonce_odr constant {{.*}} { i64 32, i64 24, i32 {{-?[0-9]+}}, i8 5, i8 8, i8 8, i8 25, ptr @"type:main.T..eq", ptr @"type:main.T.gcdata",
// CHECK-DAG: @"type:main.T.gcdata" = private constant [1 x i8] c"\06"
// CHECK-DAG: @"type:*int" = linkonce_odr constant {{.*}} { i64 8, i64 8, i32 {{-?[0-9]+}}, i8 8, i8 8, i8 8, i8 54, ptr @"type:*int..eq", ptr @"type:*int.gcdata",
// CHECK-DAG: @"type:int" = linkonce_odr constant {{.*}} { i64 8, i64 0, i32 {{-?[0-9]+}}, i8 13, i8 8, i8 8, i8 2, ptr @"type:int..eq", ptr null,
// CHECK-DAG: @"type:struct { F uintptr; X0 *int }.gcdata" = private constant [1 x i8] c"\02"
// CHECK-DAG: call ptr addrspace(1) @runtime.newobject(ptr @"type:main.T")
// CHECK-DAG: %n = {{.*}}call ptr addrspace(1) @runtime.newobject(ptr @"type:int")
// CHECK-DAG: %closure = {{.*}}call ptr addrspace(1) @runtime.newobject(ptr @"type:struct { F uintptr; X0 *int }")
// CHECK-DAG: call ptr addrspace(1) @runtime.makeslice(ptr @"type:*int", i64 3, i64 3)
// CHECK-DAG: call { ptr addrspace(1), i64 } @runtime.growslice({{.*}}, ptr @"type:*int")
// CHECK-NOT: @runtime.alloc

package main

type T struct {
	a int
	p *int
	s string
}

var sink interface{}
var keep func()

func main() {
	t := new(T)
	n := 1
	f := func() { n++ }
	keep = f
	f()
	xs := make([]*int, 3)
	xs = append(xs, &n)
	sink = *t
	println(len(xs), n)
}
