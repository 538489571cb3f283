// A failed type assertion from interface{} is a run-time panic that a
// deferred call can recover; re-panicking shows gc's interface conversion
// message.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:4
// CHECK-NEXT:recovered: false
// CHECK-NEXT:recovered: true
// CHECK-NEXT:panic: interface conversion: interface {} is string, not int [recovered]
// CHECK-NEXT:	panic: interface conversion: interface {} is string, not int
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func try(v interface{}) {
	defer func() {
		e := recover()
		println("recovered:", e != nil)
		if e != nil {
			panic(e)
		}
	}()
	println(v.(int))
}

func main() {
	try(4)
	try("str")
}
