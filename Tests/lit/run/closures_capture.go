// Closures capture variables by reference: later writes are seen, writes through the closure too.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 3
// CHECK-NEXT:1 4
// CHECK-NEXT:10
// CHECK-NEXT:42 42
// CHECK-NOT:{{.}}

package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	println(next(), next(), next())
	other := counter()
	println(other(), next())

	x := 1
	get := func() int { return x }
	x = 10
	println(get())
	set := func(v int) { x = v }
	set(42)
	println(x, get())
}
