// When every goroutine is blocked, the program stops with gc's fatal
// error and the blocked goroutine's state (proc.go checkdead), exit 2.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [chan receive]:
// CHECK-NEXT:main.main{{.*}}

package main

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	println(<-c)
	<-c
}
