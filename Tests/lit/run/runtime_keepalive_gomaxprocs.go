// runtime.KeepAlive keeps its argument alive up to the call and does
// nothing else; runtime.GOMAXPROCS returns the previous setting, and n < 1
// only reads it (gc's runtime/mfinal.go, runtime/debug.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:true 3 3
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

import "runtime"

type T struct{ n int }

func main() {
	p := &T{3}
	runtime.GC()
	runtime.KeepAlive(p)
	println(p.n)
	prev := runtime.GOMAXPROCS(3)
	println(prev > 0, runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(prev))
	println(runtime.GOMAXPROCS(-1) == prev)
}
