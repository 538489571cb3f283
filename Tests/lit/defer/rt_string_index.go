// Indexing a string out of range is a run-time panic that a deferred call
// can recover; re-panicking shows gc's message with the index and length.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:99
// CHECK-NEXT:recovered: false
// CHECK-NEXT:recovered: true
// CHECK-NEXT:panic: runtime error: index out of range [5] with length 3 [recovered]
// CHECK-NEXT:	panic: runtime error: index out of range [5] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func try(s string, i int) {
	defer func() {
		e := recover()
		println("recovered:", e != nil)
		if e != nil {
			panic(e)
		}
	}()
	println(s[i])
}

func main() {
	try("abc", 2)
	try("abc", 5)
}
