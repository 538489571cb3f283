// runtime.GC and runtime.Gosched called in deferred calls and while heap
// and stack defer records (with saved arguments and closures) are live; the
// saved values survive the collections.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:collected in defer
// CHECK-NEXT:loop arg 1
// CHECK-NEXT:closure loop
// CHECK-NEXT:loop arg 0
// CHECK-NEXT:closure loop
// CHECK-NEXT:closure top
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

func keep(s string) func() {
	p := new(string)
	*p = s
	return func() { println("closure", *p) }
}

func f(n int) {
	defer keep("top")()
	for i := 0; i < n; i++ {
		defer keep("loop")()
		defer println("loop arg", i)
	}
	runtime.GC()
	runtime.Gosched()
	defer func() {
		runtime.GC()
		runtime.Gosched()
		println("collected in defer")
	}()
	runtime.GC()
}

func main() {
	f(2)
	runtime.GC()
	println("done")
}
