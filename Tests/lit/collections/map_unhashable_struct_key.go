// A struct key whose interface field holds a slice is unhashable: gc's
// message names the slice type (runtime/alg.go typehash, interhash).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:panic: runtime error: hash of unhashable type []string
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type K struct {
	N int
	V interface{}
}

func main() {
	m := map[K]int{}
	m[K{1, "ok"}] = 1
	println(m[K{1, "ok"}])
	m[K{2, []string{"x"}}] = 2
	println("not reached")
}
