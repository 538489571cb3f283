// A goroutine that polls without blocking (a select with a default case in
// a loop) still lets the others run: goroutines share one thread, and a
// package that starts goroutines checks at each loop back edge whether the
// runtime's 10 ms ticker asks it to yield (gc preempts it asynchronously).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:produced true
// CHECK-NOT:{{.}}

package main

func main() {
	c := make(chan string, 1)
	go func() { c <- "produced" }()
	polls := 0
	for {
		select {
		case s := <-c:
			println(s, polls >= 0)
			return
		default:
			polls++
		}
	}
}
