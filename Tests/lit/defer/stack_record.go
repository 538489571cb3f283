// A defer at loop depth 1 gets a record in the frame (the seed's
// callDeferStack): an alloca of the deferstruct, the deferred closure stored
// into it and runtime.deferprocStack; no heap allocation for the record.
// The deferred literal never recovers, so the frame gets no resume point
// (resume_point.go).
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-LABEL: define void @main.f(
// CHECK: %[[D:[a-z0-9.]+]] = alloca { i32, i8, i8, i16, i64, i64, ptr addrspace(1), ptr, ptr, [7 x i64], {} }
// CHECK-NOT: call {{.*}} @runtime.newdefer
// CHECK-NOT: call {{.*}} @runtime.newobject
// CHECK: notail call void @runtime.deferprocStack(ptr %[[D]])
// CHECK-NOT: @llvm.eh.sjlj.setjmp
// CHECK: call void @main.f.func1(

package main

func f() {
	defer func() {
		println("deferred")
	}()
	println("body")
}

func main() { f() }
