// A buffered channel is a FIFO queue of its capacity (Go spec: "Channel
// types"): sends do not block until it is full, len counts the queued
// values, and the buffer wraps around.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 3 a
// CHECK-NEXT:3
// CHECK-NEXT:b
// CHECK-NEXT:c
// CHECK-NEXT:d
// CHECK-NEXT:true false
// CHECK-NOT:{{.}}

package main

func main() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	println(len(c), cap(c), <-c)
	c <- "c"
	c <- "d"
	println(len(c))
	close(c)
	for s := range c {
		println(s)
	}
	s, ok := <-c
	println(s == "", ok)
}
