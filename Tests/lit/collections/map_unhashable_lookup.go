// Looking up an unhashable interface key panics too, even in a map with
// entries (runtime/alg.go typehash).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:panic: runtime error: hash of unhashable type map[string]int
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	m := map[interface{}]int{"a": 1}
	var k interface{} = map[string]int{}
	println(m["a"])
	println(m[k])
	println("not reached")
}
