// The collector's lowering (docs/DESIGN.md §7), shown by -S -d=statepoints:
// a call that may collect is a gc.statepoint whose gc-live bundle lists the
// heap pointer still needed after it (p across newobject), every statepoint
// carries a deopt bundle describing the frame's pointer slots (at -O0, the
// variable x whose address makes it a stack object: 8 | 1<<63, bitmap 1),
// calls of runtime functions that never collect stay plain calls
// (printint), and Go functions use the statepoint-example strategy. At
// -O0 every local is a frame slot.
// RUN: %golly build -O2 -S -d=statepoints -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
// RUN: %golly build -O0 -S -d=statepoints -o %t0.ll %s
// RUN: FileCheck --check-prefix=O0 %s < %t0.ll
// RUN: %golly build -O2 -S -o %t.plain.ll %s
// RUN: not grep -q "gc.statepoint" %t.plain.ll
//
// CHECK-LABEL: define {{.*}}@main.pair({{.*}} gc "statepoint-example"
// CHECK: @llvm.experimental.gc.statepoint.p0({{.*}}@runtime.newobject{{.*}}[ "deopt"(i64 0), "gc-live"(ptr addrspace(1) %1) ]
// CHECK-LABEL: define {{.*}}@main.main(
// CHECK: call void @runtime.printint(
// O0-LABEL: define {{.*}}@main.framed(
// O0: @llvm.experimental.gc.statepoint.p0({{.*}}@main.deref{{.*}}"deopt"(i64 0, {{.*}}i64 -9223372036854775800, i64 1, ptr

package main

type T struct{ next *T }

func pair(p *T) *T {
	q := &T{p}
	return q
}

func deref(pp **T) *T { return *pp }

func framed(p *T) *T {
	x := p
	return deref(&x)
}

func main() {
	t := pair(nil)
	println(framed(t) == t, t.next == nil, 7)
}
