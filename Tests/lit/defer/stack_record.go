// A defer at loop depth 1 gets a record in the frame (the seed's
// callDeferStack): an alloca of the deferstruct, the deferred closure stored
// into it, the resume point (LLVM's builtin setjmp into the record) and
// runtime.deferprocStack; no heap allocation for the record.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-LABEL: define void @main.f(
// CHECK: %[[D:[a-z0-9.]+]] = alloca { i32, i8, i8, i16, i64, i64, ptr addrspace(1), ptr, ptr, [7 x i64], {} }
// CHECK-NOT: call {{.*}} @runtime.newdefer
// CHECK-NOT: call {{.*}} @runtime.newobject
// CHECK: notail call void @runtime.deferprocStack(ptr %[[D]])
// CHECK-NEXT: %[[R:[0-9]+]] = notail call i32 @llvm.eh.sjlj.setjmp(
// CHECK-NEXT: icmp ne i32 %[[R]], 0
// CHECK: call void @runtime.deferreturn(

package main

func f() {
	defer func() {
		println("deferred")
	}()
	println("body")
}

func main() { f() }
