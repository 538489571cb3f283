// A package-level variable initialized by a call that panics and recovers
// gets the recovering function's named result; init then sees it.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:init
// CHECK-NEXT:init defer 42
// CHECK-NEXT:main 42
// CHECK-NOT:{{.}}

package main

var v = compute()

func compute() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int) * 2
		}
	}()
	panic(21)
}

func init() {
	defer println("init defer", v)
	println("init")
}

func main() {
	println("main", v)
}
