// A defer inside a function literal belongs to the literal's call: it runs
// when the literal returns, not when the enclosing function does.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:literal body 0
// CHECK-NEXT:literal defer 0
// CHECK-NEXT:literal body 1
// CHECK-NEXT:literal defer 1
// CHECK-NEXT:f body end
// CHECK-NEXT:f defer
// CHECK-NOT:{{.}}

package main

func f() {
	defer println("f defer")
	for i := 0; i < 2; i++ {
		func() {
			defer println("literal defer", i)
			println("literal body", i)
		}()
	}
	println("f body end")
}

func main() {
	f()
}
