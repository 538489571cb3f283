// Multiple and named results, bare return, results assigned in a closure.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 2
// CHECK-NEXT:second first
// CHECK-NEXT:8 seven
// CHECK-NEXT:2
// CHECK-NEXT:-2
// CHECK-NOT:{{.}}

package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) {
	return b, a
}

func named() (x int, s string) {
	x, s = 7, "seven"
	set := func() { x = 8 }
	set()
	return
}

func override() (n int) {
	n = 1
	return 2
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("first", "second")
	println(a, b)
	println(named())
	println(override())
	_, r2 := divmod(-17, 5)
	println(r2)
}
