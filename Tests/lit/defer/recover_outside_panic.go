// recover returns nil when the goroutine is not panicking: called from
// main, from a deferred call during a normal return, and twice in a row.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:main: true
// CHECK-NEXT:closure, no panic: true
// CHECK-NEXT:deferred, no panic: true
// CHECK-NEXT:f: 3
// CHECK-NEXT:main again: true
// CHECK-NOT:{{.}}

package main

func deferredCheck() {
	println("deferred, no panic:", recover() == nil)
}

func f() (n int) {
	defer deferredCheck()
	defer func() {
		r := recover()
		println("closure, no panic:", r == nil)
	}()
	return 3
}

func main() {
	println("main:", recover() == nil)
	println("f:", f())
	println("main again:", recover() == nil)
}
