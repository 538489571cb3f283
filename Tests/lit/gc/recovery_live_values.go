// A value that only a recovery needs: the named results of a function that
// recovers live in heap cells (their addresses escape), and after the
// deferred call recovers, the frame returns whatever the cells hold. No
// call between the resume point and the panic uses the cells, so they must
// stay roots through the panic and the collections in the deferred call.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:slice 100 4950
// CHECK-NEXT:list 1000 -1743513722173430740
// CHECK-NEXT:two 500 -6903792823129196394 string-77
// CHECK-NEXT:second defer 1000 -1743513722173430740
// CHECK-NOT:{{.}}

package main

var escaped *[]int
var escapedList **node

func slice() (r []int) {
	escaped = &r
	r = make([]int, 100)
	for i := range r {
		r[i] = i
	}
	defer func() {
		recover()
		churn(20)
	}()
	escaped = nil
	panic("slice")
}

func list() (l *node) {
	escapedList = &l
	l = buildList(1000, 1)
	defer func() {
		recover()
		churn(20)
	}()
	escapedList = nil
	panic("list")
}

// Two results and two resume points sharing one recovery.
func two(fail int) (l *node, s string) {
	p, q := &l, &s
	escapedList = p
	*p = buildList(500, 3)
	defer func() {
		recover()
		churn(20)
	}()
	*q = "string-" + itoa(77)
	defer func() {
		if fail == 1 {
			churn(20)
		}
	}()
	escapedList = nil
	panic("two")
}

// The recovering call is the second deferred one: the first runs after
// the recovery, from the frame's deferreturn, and collects again.
func secondDefer() (l *node) {
	escapedList = &l
	l = buildList(1000, 1)
	defer churn(20)
	defer func() {
		recover()
		churn(20)
	}()
	escapedList = nil
	panic("second")
}

func main() {
	r := slice()
	s := 0
	for _, v := range r {
		s += v
	}
	println("slice", len(r), s)
	n, h := listSum(list())
	println("list", n, h)
	l, str := two(1)
	n, h = listSum(l)
	println("two", n, h, str)
	n, h = listSum(secondDefer())
	println("second defer", n, h)
}
