// A panic raised 200 calls deep is recovered at the top: every frame's
// deferred calls run on the way up, innermost first, and execution resumes
// in the recovering function's caller.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:unwinding 200
// CHECK-NEXT:unwinding 150
// CHECK-NEXT:unwinding 100
// CHECK-NEXT:unwinding 50
// CHECK-NEXT:recovered 200 after 200 frames
// CHECK-NEXT:top returned -1
// CHECK-NEXT:unwinding 200
// CHECK-NEXT:unwinding 150
// CHECK-NEXT:unwinding 100
// CHECK-NEXT:unwinding 50
// CHECK-NEXT:recovered 200 after 400 frames
// CHECK-NEXT:again -1
// CHECK-NOT:{{.}}

package main

var unwound int

func down(depth int) int {
	defer func() {
		unwound++
		if depth%50 == 0 {
			println("unwinding", depth)
		}
	}()
	if depth == 200 {
		panic(depth)
	}
	return down(depth+1) + 1
}

func top() (r int) {
	defer func() {
		v := recover()
		println("recovered", v.(int), "after", unwound, "frames")
		r = -1
	}()
	return down(1)
}

func main() {
	println("top returned", top())
	println("again", top())
}
