// runtime.Goexit ends the calling goroutine after running its deferred
// calls; in main, the other goroutines go on, and when none is left the
// program stops with gc's "no goroutines" deadlock error.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:deferred in goroutine
// CHECK-NEXT:deferred in main
// CHECK-NEXT:still running after main's Goexit
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!

package main

import "runtime"

func main() {
	done := make(chan bool)
	go func() {
		defer func() { println("deferred in goroutine"); done <- true }()
		runtime.Goexit()
		println("not reached")
	}()
	<-done
	go func() {
		runtime.Gosched()
		println("still running after main's Goexit")
	}()
	defer println("deferred in main")
	runtime.Goexit()
}
