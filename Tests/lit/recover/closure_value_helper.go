// recover matrix (Tests/lit/tools/gen_recover_matrix.py): a closure in a variable that calls itself: defer f(0);
// the target has no recover of its own and its helper's recover returns nil, with a stack and a heap record: nothing may be inlined into the thunk or wrapper.
// Expected output: gc's built with -gcflags=-l; gc 1.19's inliner lets a
// helper recover through its wrappers (golang/go#73916, #73920).
// GCFLAGS: -l
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:helper nil
// CHECK-NEXT:outer stack record
// CHECK-NEXT:helper nil
// CHECK-NEXT:outer heap record
// CHECK-NOT:{{.}}

package main

type E string

func (e E) Error() string { return "E: " + string(e) }

var mode string

func show(what string, r interface{}) {
	switch v := r.(type) {
	case nil:
		println(what, "nil")
	case string:
		println(what, v)
	case error:
		println(what, v.Error())
	default:
		println(what, "?")
	}
}

func helper() {
	show("helper", recover())
}

// outer recovers whatever the frame below it let through.
func outer(f func()) {
	defer func() { show("outer", recover()) }()
	f()
}

func stackRecord() {
	var f func(int)
	f = func(depth int) {
		_ = depth
		helper()
	}
	defer f(0)
	panic("stack record")
}

func heapRecord() {
	var f func(int)
	f = func(depth int) {
		_ = depth
		helper()
	}
	for k := 0; k < 1; k++ {
		defer f(0)
	}
	panic("heap record")
}

func main() {
	outer(stackRecord)
	outer(heapRecord)
}
