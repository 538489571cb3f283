// close readies the blocked receivers as gc does with one P: gathered on a
// list, each pushed at its head, then readied from the head, each becoming
// runnext in turn, so the waiters run from the last queued to the first
// (runtime/chan.go closechan). gc with more Ps may run them in any order:
// the expected lines are gc's with GOMAXPROCS=1, the schedule golly's
// scheduler follows.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:woke 3
// CHECK-NEXT:woke 2
// CHECK-NEXT:woke 1
// CHECK-NEXT:woke 0
// CHECK-NOT:{{.}}

package main

import "runtime"

func main() {
	c := make(chan int)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(i int) { <-c; println("woke", i); done <- true }(i)
	}
	runtime.Gosched()
	close(c)
	for i := 0; i < 4; i++ {
		<-done
	}
}
