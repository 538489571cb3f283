// gc's deadlock report shows the main goroutine first, with what it waits
// for, even when another goroutine was the last to run (here one that
// just ended). A one-case select is that operation itself (gc's
// walkSelectCases): main waits in "chan receive (nil chan)".
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [chan receive (nil chan)]:
// CHECK-NEXT:main.main{{.*}}

package main

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	go func() {}()
	var never chan int
	select {
	case v := <-never:
		println(v)
	}
}
