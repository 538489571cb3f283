// A deferred call run by runtime.Goexit panics and a later deferred call
// recovers that panic: Goexit goes on and main's goroutine ends (gc's
// deadlock fatal error, exit 2).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:recovered: panic during Goexit
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!

package main

import "runtime"

func main() {
	defer func() {
		println("recovered:", recover().(string))
	}()
	defer panic("panic during Goexit")
	runtime.Goexit()
}
