// Channel misuse panics with gc's plain errors (runtime/chan.go): close
// of a nil or closed channel, send on a closed channel (also a sender
// blocked when the channel closes), negative make sizes; each is
// recoverable, and one left unrecovered in a goroutine ends the program
// with that goroutine's panic (its id is not checked: gc's count
// includes goroutines of its own runtime).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:close nil: close of nil channel
// CHECK-NEXT:close closed: close of closed channel
// CHECK-NEXT:send closed: send on closed channel
// CHECK-NEXT:make: makechan: size out of range
// CHECK-NEXT:blocked sender: send on closed channel
// CHECK-NEXT:panic: from a goroutine
// CHECK-EMPTY:
// CHECK-NEXT:goroutine {{[0-9]+}} [running]:

package main

func try(name string, f func()) {
	defer func() { println(name+":", recover().(error).Error()) }()
	f()
}

var n = -1

func main() {
	var nilc chan int
	closed := make(chan int, 1)
	close(closed)
	try("close nil", func() { close(nilc) })
	try("close closed", func() { close(closed) })
	try("send closed", func() { closed <- 1 })
	try("make", func() { _ = make(chan int, n) })

	c := make(chan int)
	done := make(chan bool)
	go func() {
		defer func() { println("blocked sender:", recover().(error).Error()); done <- true }()
		c <- 1
	}()
	close(c)
	<-done

	go func() { panic("from a goroutine") }()
	<-done
}
