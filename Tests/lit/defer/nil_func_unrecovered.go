// An unrecovered panic of a deferred nil func value: gc's nil-dereference
// message and exit status 2, after the body and the later defers ran.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body
// CHECK-NEXT:deferred after nil
// CHECK-NEXT:deferred before nil
// CHECK-NEXT:panic: runtime error: invalid memory address or nil pointer dereference
// gc's [signal SIGSEGV ...] line comes next; nil_deref_signal.go checks it.
// CHECK:goroutine 1 [running]:

package main

func main() {
	var nilf func()
	defer println("deferred before nil")
	defer nilf()
	defer println("deferred after nil")
	println("body")
}
