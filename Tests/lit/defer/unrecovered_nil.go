// An unrecovered panic(nil) prints "panic: nil" in Go 1.19.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: nil
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	panic(nil)
}
