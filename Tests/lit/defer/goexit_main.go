// runtime.Goexit runs every deferred call of the goroutine, innermost frame
// first; when main's goroutine exits this way with no other goroutine, gc
// reports a deadlock and exits 2.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:inner defer
// CHECK-NEXT:main closure
// CHECK-NEXT:main defer
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!

package main

import "runtime"

func inner() {
	defer println("inner defer")
	runtime.Goexit()
	println("not reached")
}

func main() {
	defer println("main defer")
	defer func() {
		println("main closure")
	}()
	inner()
	println("not reached")
}
