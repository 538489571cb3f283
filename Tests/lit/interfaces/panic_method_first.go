// gc's preprintpanics calls a panic value's Error method before printing
// anything, so what the method prints comes first (runtime/panic.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:in Error
// CHECK-NEXT:panic: E-text
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type E struct{}

func (E) Error() string {
	println("in Error")
	return "E-text"
}

func main() { panic(E{}) }
