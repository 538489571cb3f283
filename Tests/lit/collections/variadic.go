// A variadic parameter is nil with no arguments, a fresh slice with several,
// and the caller's slice itself with f(s...) (Go spec, Passing arguments to
// ... parameters).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:none 0 true 0
// CHECK-NEXT:three 3 false 6
// CHECK-NEXT:spread 2 false 30
// CHECK-NEXT:11 21
// CHECK-NEXT:11 22
// CHECK-NEXT:nil 0 true 0
// CHECK-NEXT:fwd 3 false 15
// CHECK-NEXT:15
// CHECK-NEXT:none 7
// CHECK-NEXT:a
// CHECK-NEXT:0 2
// CHECK-NOT:{{.}}

package main

func sum(prefix string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(prefix, len(xs), xs == nil, t)
	return t
}

func bump(xs ...int) {
	for i := range xs {
		xs[i]++
	}
}

func first(xs ...interface{}) interface{} {
	if len(xs) == 0 {
		return "none"
	}
	return xs[0]
}

func forward(xs ...int) int {
	return sum("fwd", xs...)
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	s := []int{10, 20}
	sum("spread", s...)
	bump(s...)
	println(s[0], s[1])
	bump(s[1:]...)
	println(s[0], s[1])
	var n []int
	sum("nil", n...)
	println(forward(4, 5, 6))
	println(first().(string), first(7, "x").(int))
	is := []interface{}{"a", 1}
	println(first(is...).(string))
	f := func(xs ...string) int { return len(xs) }
	println(f(), f("a", "b"))
}
