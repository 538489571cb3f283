// panic with an integer operand prints its value (gc's printpanicval) and exits 2.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: 42
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	panic(42)
}
