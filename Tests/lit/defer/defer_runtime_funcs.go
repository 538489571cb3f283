// Deferring calls of the runtime package's functions: runtime.GC,
// runtime.Gosched, and runtime.Goexit (which then ends main's goroutine).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:first
// CHECK-NEXT:after f
// CHECK-NEXT:end of main
// CHECK-NEXT:main defer
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!

package main

import "runtime"

func f() {
	defer runtime.GC()
	defer runtime.Gosched()
	defer println("first")
}

func main() {
	f()
	println("after f")
	defer println("main defer")
	defer runtime.Goexit()
	println("end of main")
}
