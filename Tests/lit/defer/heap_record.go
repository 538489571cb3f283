// A defer inside a loop may run any number of times per call: its record
// comes from the runtime's pool (runtime.newdefer) and is linked by
// runtime.deferproc, as in the seed.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
//
// CHECK-LABEL: define void @main.f(
// CHECK-NOT: @runtime.deferprocStack
// CHECK: %[[D:[a-z0-9.]+]] = notail call ptr @runtime.newdefer(i32 8)
// CHECK: notail call void @runtime.deferproc(ptr %[[D]])
// CHECK-NOT: @llvm.eh.sjlj.setjmp
// CHECK: call void @runtime.deferreturn(

package main

func f(n int) {
	for i := 0; i < n; i++ {
		defer println(i)
	}
}

func main() { f(3) }
