// A function whose deferred call recovered returns the current values of
// its named results, including ones set before the panic and ones set by
// the deferred closures; unnamed results are zero.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1001 set before panic
// CHECK-NEXT:2 normal
// CHECK-NEXT:0
// CHECK-NEXT:77
// CHECK-NOT:{{.}}

package main

func named(fail bool) (n int, s string) {
	defer func() {
		if recover() != nil {
			n += 1000
		}
	}()
	n = 1
	s = "set before panic"
	if fail {
		panic("fail")
	}
	n = 2
	return n, "normal"
}

func unnamed() int {
	defer func() { recover() }()
	x := 9
	if x > 0 {
		panic(x)
	}
	return x
}

func afterReturn() (n int) {
	defer func() { recover() }()
	defer func() { panic("in defer") }()
	return 77
}

func main() {
	println(named(true))
	println(named(false))
	println(unnamed())
	println(afterReturn())
}
