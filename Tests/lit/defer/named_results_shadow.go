// A return with an expression assigns the named result even when the
// expression is a shadowing local, and a deferred closure then changes the
// result variables (here swapping two).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:8
// CHECK-NEXT:2 1
// CHECK-NOT:{{.}}

package main

func f() (err int) {
	defer func() { err += 5 }()
	{
		err := 3
		return err
	}
}

func g() (x, y int) {
	defer func() { x, y = y, x }()
	return 1, 2
}

func main() {
	println(f())
	println(g())
}
