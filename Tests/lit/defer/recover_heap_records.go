// recover works in deferred closures whose records are heap-allocated
// (defers in loops): the newest one recovers, the older ones see nil; a
// panic from a loop defer during a normal return reaches the caller.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:loop defer 2 recovered 7
// CHECK-NEXT:loop defer 1 nothing
// CHECK-NEXT:loop defer 0 nothing
// CHECK-NEXT:2
// CHECK-NEXT:h recovered 2
// CHECK-NEXT:-1
// CHECK-NOT:{{.}}

package main

func f(n int) (r int) {
	for i := 0; i < n; i++ {
		defer func(i int) {
			if v := recover(); v != nil {
				println("loop defer", i, "recovered", v.(int))
				r = i
			} else {
				println("loop defer", i, "nothing")
			}
		}(i)
	}
	panic(7)
}

func g() (r int) {
	defer func() { r += 10 }()
	for i := 0; i < 2; i++ {
		defer func() { panic(i) }()
	}
	return 1
}

func h() (r int) {
	defer func() { println("h recovered", recover().(int)); r = -1 }()
	return g()
}

func main() {
	println(f(3))
	println(h())
}
