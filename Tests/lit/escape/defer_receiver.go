// A deferred method call holds its receiver's address until the function
// returns: a stack record (a defer outside loops) keeps the variable in the
// frame; a defer in a loop moves each iteration's variable to the heap.
// The report lines are the ones gc's -m prints; OUT is gc's program output.
// RUN: %golly build -d=escape -o %t.exe %s 2>&1 | FileCheck %s --implicit-check-not=moved
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
//
// CHECK: defer_receiver.go:25:3: moved to heap: c
// OUT: loop 2
// OUT-NEXT: loop 1
// OUT-NEXT: loop 0
// OUT-NEXT: once 7

package main

type C struct{ n int }

func (c *C) Show(tag string) { println(tag, c.n) }

func main() {
	once := C{}
	defer once.Show("once")
	once.n = 7
	for i := 0; i < 3; i++ {
		c := C{i}
		defer c.Show("loop")
	}
}
