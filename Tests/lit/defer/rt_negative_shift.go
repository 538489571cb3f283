// A shift by a negative signed amount is a run-time panic (Go spec,
// Operators) that a deferred call can recover; re-panicking shows gc's
// message.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:8
// CHECK-NEXT:recovered: false
// CHECK-NEXT:recovered: true
// CHECK-NEXT:panic: runtime error: negative shift amount [recovered]
// CHECK-NEXT:	panic: runtime error: negative shift amount
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func try(s int) {
	defer func() {
		e := recover()
		println("recovered:", e != nil)
		if e != nil {
			panic(e)
		}
	}()
	x := 1
	println(x << s)
}

func main() {
	try(3)
	try(-1)
}
