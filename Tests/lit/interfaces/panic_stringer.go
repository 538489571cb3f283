// An unrecovered panic with a value that has a String method (and no
// Error method) prints v.String() (Go spec, Handling panics; runtime
// printpanicval).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:panic: red
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type Color int

func (c Color) String() string {
	if c == 1 {
		return "red"
	}
	return "other"
}

func main() {
	println("before")
	panic(Color(1))
}
