// A defer inside a backward-goto loop runs once for every time the
// statement executed (a heap record each time, gc's test/defererrcheck.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body 3
// CHECK-NEXT:goto defer 2
// CHECK-NEXT:goto defer 1
// CHECK-NEXT:goto defer 0
// CHECK-NOT:{{.}}

package main

func f() {
	n := 0
again:
	defer println("goto defer", n)
	n++
	if n < 3 {
		goto again
	}
	println("body", n)
}

func main() {
	f()
}
