// recover matrix (Tests/lit/tools/gen_recover_matrix.py): a declared function as a func value: f := target; defer f(0);
// recovers, then panics again with an error nobody recovers: the chain as gc prints it.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t0.out
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe > %t2.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t2.out
//
// CHECK:recovered first
// CHECK-NEXT:panic: first [recovered]
// CHECK-NEXT:	panic: E: second
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

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

func target(depth int) {
	switch mode {
	case "deeper":
		helper()
	case "recursive":
		if depth == 0 {
			target(1)
			return
		}
		show("recursive depth 1", recover())
	case "recursive_then":
		if depth == 0 {
			target(1)
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

func unrecovered() {
	f := target
	defer f(0)
	panic("first")
}

func main() {
	mode = "unrecovered"
	unrecovered()
}
