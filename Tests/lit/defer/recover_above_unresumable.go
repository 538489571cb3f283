// A panic passes through frames whose deferred calls cannot recover (no
// resume point) and is recovered by an older frame's deferred call, which
// resumes that frame; the inner frames' deferred calls run first, newest
// first, and their result changes are lost with them (Go spec: "Handling
// panics").
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:inner loop 1
// CHECK-NEXT:inner loop 0
// CHECK-NEXT:inner deferred 0
// CHECK-NEXT:inner loop 1
// CHECK-NEXT:inner loop 0
// CHECK-NEXT:inner deferred 1
// CHECK-NEXT:inner loop 1
// CHECK-NEXT:inner loop 0
// CHECK-NEXT:inner deferred 2
// CHECK-NEXT:recovered: deep
// CHECK-NEXT:7
// CHECK-NEXT:inner loop 1
// CHECK-NEXT:inner loop 0
// CHECK-NEXT:inner deferred 0
// CHECK-NEXT:inner loop 1
// CHECK-NEXT:inner loop 0
// CHECK-NEXT:inner deferred 1
// CHECK-NEXT:inner loop 1
// CHECK-NEXT:inner loop 0
// CHECK-NEXT:inner deferred 2
// CHECK-NEXT:recovered: deep
// CHECK-NEXT:7
// CHECK-NOT:{{.}}

package main

func inner(n int) (r int) {
	defer func() { r = -1; println("inner deferred", n) }()
	for i := 0; i < 2; i++ {
		defer println("inner loop", i)
	}
	if n == 0 {
		panic("deep")
	}
	return inner(n - 1)
}

func outer() (r int) {
	defer func() {
		println("recovered:", recover().(string))
		r = 7
	}()
	return inner(2) + 100
}

func main() {
	println(outer())
	println(outer())
}
