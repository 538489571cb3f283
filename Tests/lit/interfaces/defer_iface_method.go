// defer i.M(args) evaluates the interface value (its dynamic receiver) and
// the arguments when the defer statement runs; the call happens at return
// (Go spec, Defer statements).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:swapped value 3
// CHECK-NEXT:swapped second 2
// CHECK-NEXT:orig first 1
// CHECK-NEXT:2
// CHECK-NEXT:body
// CHECK-NEXT:swapped value 3
// CHECK-NEXT:swapped second 2
// CHECK-NEXT:count first 1
// CHECK-NEXT:2
// CHECK-NEXT:1
// CHECK-NEXT:inner closure 9
// CHECK-NOT:{{.}}

package main

type Logger interface {
	Log(msg string, n int)
}

type Prefix struct {
	p string
}

func (x Prefix) Log(msg string, n int) {
	println(x.p, msg, n)
}

type Count struct {
	hits int
}

func (c *Count) Log(msg string, n int) {
	c.hits += n
	println("count", msg, c.hits)
}

//go:noinline
func run(l Logger) (result int) {
	n := 1
	defer l.Log("first", n)
	n = 2
	l = Prefix{"swapped"}
	defer l.Log("second", n)
	f := l.Log
	defer f("value", 3)
	println("body")
	return n
}

func main() {
	println(run(Prefix{"orig"}))
	c := &Count{}
	println(run(c))
	println(c.hits)
	var p Prefix
	func() {
		var l Logger = Prefix{"inner"}
		defer l.Log("closure", 9)
		p.p = "changed"
	}()
}
