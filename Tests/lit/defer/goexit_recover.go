// recover returns nil in deferred calls run by runtime.Goexit, which is not
// a panic; Goexit goes on after them.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:loop defer 1
// CHECK-NEXT:loop defer 0
// CHECK-NEXT:recover during Goexit is nil: true
// CHECK-NEXT:main defer runs too
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!

package main

import "runtime"

func f() {
	defer func() {
		println("recover during Goexit is nil:", recover() == nil)
	}()
	for i := 0; i < 2; i++ {
		defer println("loop defer", i)
	}
	runtime.Goexit()
}

func main() {
	defer println("main defer runs too")
	f()
	println("not reached")
}
