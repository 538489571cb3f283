// An integer division by zero is a run-time panic that a deferred call can
// recover; re-panicking with the recovered value prints gc's runtime error
// message with [recovered].
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2
// CHECK-NEXT:recovered: false
// CHECK-NEXT:recovered: true
// CHECK-NEXT:panic: runtime error: integer divide by zero [recovered]
// CHECK-NEXT:	panic: runtime error: integer divide by zero
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func try(b int) {
	defer func() {
		e := recover()
		println("recovered:", e != nil)
		if e != nil {
			panic(e)
		}
	}()
	println(10 / b)
}

func main() {
	try(5)
	try(0)
}
