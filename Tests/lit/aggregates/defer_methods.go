// Deferred method calls on structs evaluate the receiver at the defer
// statement: a value receiver is copied then, a pointer receiver sees the
// final state (Go spec, Defer statements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:value out 0
// CHECK-NEXT:work ret 6
// CHECK-NEXT:value b 2
// CHECK-NEXT:value literal 9
// CHECK-NEXT:value a 1
// CHECK-NEXT:pointer b 3
// CHECK-NOT:{{.}}

package main

type Log struct {
	Tag string
	N   int
}

func (l Log) Show() {
	println("value", l.Tag, l.N)
}

func (l *Log) ShowPtr() {
	println("pointer", l.Tag, l.N)
}

func (l *Log) Inc() {
	l.N++
}

func work() (out Log) {
	out = Log{"out", 0}
	defer out.Inc()
	defer out.Show()
	return Log{"ret", 5}
}

func main() {
	l := Log{"a", 1}
	defer l.ShowPtr()
	defer l.Show()
	defer Log{"literal", 9}.Show()
	l.N = 2
	l.Tag = "b"
	r := work()
	println("work", r.Tag, r.N)
	f := l.Show
	defer f()
	l.N = 3
}
