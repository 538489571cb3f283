// `go f()` of a nil func value is gc's fatal error, not a panic: it cannot
// be recovered (proc.go newproc1).
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:fatal error: go of nil func value
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	defer func() { println("recovered:", recover() != nil) }()
	var f func()
	go f()
	println("not reached")
}
