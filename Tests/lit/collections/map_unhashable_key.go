// Using an interface key whose dynamic type is a slice panics with gc's
// unhashable-type message (runtime/alg.go typehash).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:panic: runtime error: hash of unhashable type []int
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	println(len(m))
	var k interface{} = []int{1}
	m[k] = 2
	println("not reached")
}
