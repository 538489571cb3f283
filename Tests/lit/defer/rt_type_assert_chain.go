// Failed type assertions to a named type and from a nil interface{},
// the second raised by a deferred call during the first: gc's interface
// conversion messages for both.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: interface conversion: interface {} is int, not main.T
// CHECK-NEXT:	panic: interface conversion: interface {} is nil, not int
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type T int

func main() {
	defer func() {
		var e interface{}
		_ = e.(int)
	}()
	var v interface{} = 3
	_ = v.(T)
}
