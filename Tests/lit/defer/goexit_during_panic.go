// runtime.Goexit called by a deferred call while panicking replaces the
// panic: the remaining defers run, no panic message is printed, and gc
// reports main's Goexit (exit 2).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:recover nil in Goexit-run defer?
// CHECK-NEXT:main defer
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!

package main

import "runtime"

func main() {
	defer println("main defer")
	defer func() {
		println("recover nil in Goexit-run defer?")
		runtime.Goexit()
	}()
	panic("will be replaced by Goexit")
}
