// `golly run` passes the program's exit status through: 2 for an unrecovered
// panic, as gc's programs exit (output observed from gc).
// RUN: %expect-exit 2 %golly run %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:about to fail
// CHECK-NEXT:panic: deliberate
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	println("about to fail")
	panic("deliberate")
}
