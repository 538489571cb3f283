// An unrecovered panic with a string prints gc's message on stderr and exits with status 2.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:panic: boom: disk
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func fail(what string) {
	panic("boom: " + what)
}

func main() {
	println("before")
	fail("disk")
	println("not reached")
}
