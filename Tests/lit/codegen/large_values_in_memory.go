// A struct or array larger than 1 KiB is an SSA value only as a pointer to
// memory holding it (BigAggregates.swift): parameters and results are
// `ptr addrspace(1)`, the callee copies an argument into its own variable,
// a result leaves in a new heap object of its type, `b = a` is one
// memmove, and == calls the runtime's typed equality. No LLVM value of the
// aggregate type itself appears.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
// RUN: %golly build -O2 -S -o %t2.ll %s
// RUN: FileCheck --check-prefix=OPT %s < %t2.ll
//
// CHECK-LABEL: define i64 @main.first(ptr addrspace(1) %0, ptr addrspace(1) %1)
// CHECK: %b = alloca [10000 x i64]
// CHECK: call void @llvm.memmove.p0.p1.i64(ptr %b, ptr addrspace(1) %1, i64 80000, i1 false)
// CHECK-LABEL: define ptr addrspace(1) @main.make1(ptr addrspace(1) %0)
// CHECK: %large = {{.*}}call ptr addrspace(1) @runtime.newobject(ptr @"type:main.Big")
// CHECK: call void @llvm.memmove.p1.p0.i64(ptr addrspace(1) %large, ptr %b, i64 80000, i1 false)
// CHECK: ret ptr addrspace(1) %large
// CHECK-LABEL: define i1 @main.same(
// CHECK: call i1 @runtime.typeequal(ptr @"type:main.Big",
// OPT-LABEL: define void @main.assign(
// OPT-NOT: alloca
// OPT: call void @llvm.memmove.p1.p1.i64(ptr addrspace(1) {{.*}}%1, ptr addrspace(1) {{.*}}%2, i64 80000, i1 false)
// OPT-NEXT: ret void
// CHECK-NOT: load [10000 x i64]
// CHECK-NOT: store [10000 x i64]

package main

type Big [10000]int

func first(b Big) int { return b[0] }

func make1() (b Big) { b[0] = 1; return }

func same(x, y Big) bool { return x == y }

func assign(dst, src *Big) { *dst = *src }

func main() {
	a := make1()
	var c Big
	assign(&c, &a)
	println(first(c), same(a, c))
}
