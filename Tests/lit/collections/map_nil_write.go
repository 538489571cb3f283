// Assigning to an entry of a nil map panics with gc's message (Go spec, Map
// types; runtime/map.go mapassign).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0
// CHECK-NEXT:panic: assignment to entry in nil map
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	var m map[string]int
	println(m["k"])
	m["k"] = 1
	println("not reached")
}
