// An unbuffered channel hands each value from a sender to a receiver
// (Go spec: "Channel types"): a producer goroutine's values arrive in
// order, close ends a range loop, and a receive from a closed, drained
// channel gives the zero value and ok == false.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:got 0
// CHECK-NEXT:got 1
// CHECK-NEXT:got 4
// CHECK-NEXT:got 9
// CHECK-NEXT:got 16
// CHECK-NEXT:0 false 0 0
// CHECK-NOT:{{.}}

package main

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i * i
	}
	close(c)
}

func main() {
	c := make(chan int)
	go produce(c, 5)
	for v := range c {
		println("got", v)
	}
	v, ok := <-c
	println(v, ok, len(c), cap(c))
}
