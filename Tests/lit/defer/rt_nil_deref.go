// A nil pointer dereference is a run-time panic that a deferred call can
// recover; re-panicking shows gc's message.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:7
// CHECK-NEXT:recovered: false
// CHECK-NEXT:recovered: true
// CHECK-NEXT:panic: runtime error: invalid memory address or nil pointer dereference [recovered]
// CHECK-NEXT:	panic: runtime error: invalid memory address or nil pointer dereference
// gc's [signal SIGSEGV ...] line comes next; nil_deref_signal.go checks it.
// CHECK:goroutine 1 [running]:

package main

func try(p *int) {
	defer func() {
		e := recover()
		println("recovered:", e != nil)
		if e != nil {
			panic(e)
		}
	}()
	println(*p)
}

func main() {
	x := 7
	try(&x)
	try(nil)
}
