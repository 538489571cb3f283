// select (Go spec: "Select statements"): a ready case runs, default runs
// when none is, nil channels never become ready, receive cases declare or
// assign their variables (with ok), break leaves the select, and a
// blocked select wakes when another goroutine sends or closes.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:nothing ready
// CHECK-NEXT:b hi true
// CHECK-NEXT:7 true
// CHECK-NEXT:woken by send 42
// CHECK-NEXT:woken by close false
// CHECK-NEXT:total 5555
// CHECK-NOT:{{.}}

package main

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	var never chan int

	select {
	case v := <-a:
		println("a", v)
	default:
		println("nothing ready")
	}

	b <- "hi"
	select {
	case <-never:
		println("never")
	case s, ok := <-b:
		println("b", s, ok)
	}

	var x int
	var ok bool
	a <- 7
	select {
	case x, ok = <-a:
		if x == 7 {
			break
		}
		println("not reached")
	case never <- 1:
	}
	println(x, ok)

	done := make(chan struct{})
	go func() {
		a <- 42
		close(done)
	}()
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			println("woken by send", v)
		case _, open := <-done:
			println("woken by close", open)
		}
	}

	total := 0
	c1, c2 := make(chan int, 10), make(chan int, 10)
	for i := 1; i <= 10; i++ {
		c1 <- i
		c2 <- 100 * i
	}
	for i := 0; i < 20; i++ {
		select {
		case v := <-c1:
			total += v
		case v := <-c2:
			total += v
		}
	}
	println("total", total)
}
