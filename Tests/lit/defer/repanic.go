// A deferred function recovers and panics again with a new value; an outer
// deferred function recovers the second panic.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:inner recovered first
// CHECK-NEXT:outer recovered first again
// CHECK-NOT:{{.}}

package main

func inner() {
	defer func() {
		v := recover()
		println("inner recovered", v.(string))
		panic(v.(string) + " again")
	}()
	panic("first")
}

func outer() (s string) {
	defer func() {
		v := recover()
		s = "outer recovered " + v.(string)
	}()
	inner()
	return "not reached"
}

func main() {
	println(outer())
}
