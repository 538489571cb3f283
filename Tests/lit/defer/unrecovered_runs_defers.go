// Before an unrecovered panic ends the program, the deferred calls of every
// frame run, innermost frame first.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:leaf defer
// CHECK-NEXT:middle closure, recover in helper: true
// CHECK-NEXT:middle defer 1
// CHECK-NEXT:main defer
// CHECK-NEXT:panic: from leaf
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func leaf() {
	defer println("leaf defer")
	panic("from leaf")
}

func middle() {
	defer println("middle defer 1")
	defer func() {
		println("middle closure, recover in helper:", helper() == nil)
	}()
	leaf()
}

func helper() interface{} { return recover() }

func main() {
	defer println("main defer")
	middle()
}
