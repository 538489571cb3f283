// A panic value whose Error method itself panics ends the program with
// gc's `fatal error: panic while printing panic value` (runtime/panic.go
// preprintpanics), exit status 2, instead of printing forever.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:fatal error: panic while printing panic value: in Error
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type Bad struct{}

func (Bad) Error() string { panic("in Error") }

func main() { panic(Bad{}) }
