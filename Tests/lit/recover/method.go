// recover matrix (Tests/lit/tools/gen_recover_matrix.py): a value method: defer t.M(0);
// every mode of gen_recover_matrix.py.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:direct direct
// CHECK-NEXT:outer nil
// CHECK-NEXT:heap heap
// CHECK-NEXT:outer nil
// CHECK-NEXT:helper nil
// CHECK-NEXT:outer deeper
// CHECK-NEXT:recursive depth 1 nil
// CHECK-NEXT:outer recursive
// CHECK-NEXT:recursive depth 1 nil
// CHECK-NEXT:recursive depth 0 recursive_then
// CHECK-NEXT:outer nil
// CHECK-NEXT:repanic second
// CHECK-NEXT:outer nil
// CHECK-NEXT:goexit nil
// CHECK-NEXT:goexit_panic during goexit
// CHECK-NOT:{{.}}

package main

import "runtime"

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

type T struct{ n int }

func (t T) M(depth int) {
	switch mode {
	case "deeper":
		helper()
	case "recursive":
		if depth == 0 {
			t.M(1)
			return
		}
		show("recursive depth 1", recover())
	case "recursive_then":
		if depth == 0 {
			t.M(1)
			show("recursive depth 0", recover())
			return
		}
		show("recursive depth 1", recover())
	case "unrecovered":
		show("recovered", recover())
		panic(E("second"))
	default:
		show(mode, recover())
	}
}

func (t *T) P(depth int) {
	switch mode {
	case "deeper":
		helper()
	case "recursive":
		if depth == 0 {
			t.P(1)
			return
		}
		show("recursive depth 1", recover())
	case "recursive_then":
		if depth == 0 {
			t.P(1)
			show("recursive depth 0", recover())
			return
		}
		show("recursive depth 1", recover())
	case "unrecovered":
		show("recovered", recover())
		panic(E("second"))
	default:
		show(mode, recover())
	}
}

func mode_direct() {
	t := T{}
	defer t.M(0)
	panic("direct")
}

func mode_heap() {
	t := T{}
	for k := 0; k < 1; k++ {
		defer t.M(0)
	}
	panic("heap")
}

func mode_deeper() {
	t := T{}
	defer t.M(0)
	panic("deeper")
}

func mode_recursive() {
	t := T{}
	defer t.M(0)
	panic("recursive")
}

func mode_recursive_then() {
	t := T{}
	defer t.M(0)
	panic("recursive_then")
}

func mode_repanic() {
	t := T{}
	defer t.M(0)
	defer func() { panic("second") }()
	panic("first")
}

func mode_goexit() {
	t := T{}
	defer t.M(0)
	runtime.Goexit()
}

func mode_goexit_panic() {
	t := T{}
	defer t.M(0)
	defer func() { panic("during goexit") }()
	runtime.Goexit()
}

// inGoroutine runs f on a goroutine of its own and waits until it has ended.
func inGoroutine(f func()) {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		f()
		println("not reached: Goexit returned")
	}()
	<-done
}

func main() {
	mode = "direct"
	outer(mode_direct)
	mode = "heap"
	outer(mode_heap)
	mode = "deeper"
	outer(mode_deeper)
	mode = "recursive"
	outer(mode_recursive)
	mode = "recursive_then"
	outer(mode_recursive_then)
	mode = "repanic"
	outer(mode_repanic)
	mode = "goexit"
	inGoroutine(mode_goexit)
	mode = "goexit_panic"
	inGoroutine(mode_goexit_panic)
}
