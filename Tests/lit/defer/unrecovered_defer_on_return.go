// A deferred call that panics during a normal return, with nothing to
// recover it: a single panic line (no chain), exit status 2.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:returning
// CHECK-NEXT:panic: from defer on return
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func f() int {
	defer func() { panic("from defer on return") }()
	println("returning")
	return 1
}

func main() {
	println(f())
}
