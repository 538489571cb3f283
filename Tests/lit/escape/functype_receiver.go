// A method of a func type receives the closure itself: saving the receiver
// or deferring the method in a loop keeps the closure past its frame or
// iteration, so it and what it captures go to the heap.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:deferred 20
// CHECK-NEXT:deferred 10
// CHECK-NEXT:deferred 0
// CHECK-NEXT:42
// CHECK-NOT:{{.}}

package main

type F func() int

var saved F

func (f F) save()    { saved = f }
func (f F) run() int { return f() }

//go:noinline
func mk(n int) {
	var f F = func() int { return n * 3 }
	f.save()
}

func deferred() {
	for i := 0; i < 3; i++ {
		x := i * 10
		var f F = func() int { println("deferred", x); return x }
		defer f.run()
	}
}

func main() {
	mk(14)
	deferred()
	println(saved())
}
