// Recursion that never ends overflows the stack as under gc, at -O2 too:
// `return f(n+1) + 1` is not turned into a loop by tail recursion
// elimination with an accumulator (which would hang).
// Expected text: gc's (1.19), its addresses matched by pattern; exit 2.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t0.out
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe > %t2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t2.out
//
// CHECK:runtime: goroutine stack exceeds 1000000000-byte limit
// CHECK-NEXT:runtime: sp={{0x[0-9a-f]+}} stack=[{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}]
// CHECK-NEXT:fatal error: stack overflow

package main

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	println(f(0))
}
