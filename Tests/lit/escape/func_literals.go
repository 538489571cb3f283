// -d=escape says whether each function literal's closure escapes, as gc's
// -m does: one only called, passed to a parameter that does not escape, or
// kept in a local variable that dies with it stays in the frame; one
// appended to a slice, kept past its loop iteration or stored in a global
// escapes. The report lines are the ones gc's -m prints; OUT is gc's
// program output.
// RUN: %golly build -d=escape -o %t.exe %s 2>&1 | FileCheck %s --implicit-check-not="func literal"
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
//
// CHECK: func_literals.go:26:9: func literal does not escape
// CHECK: func_literals.go:28:14: func literal does not escape
// CHECK: func_literals.go:32:8: func literal does not escape
// CHECK: func_literals.go:34:19: func literal escapes to heap
// CHECK: func_literals.go:40:11: func literal escapes to heap
// CHECK: func_literals.go:44:9: func literal escapes to heap
// OUT: 16 0 2 1 5

package main

func apply(f func(int) int, x int) int { return f(x) }

var keep func() int

func main() {
	n := 1
	add := func(k int) int { n += k; return n }
	_ = apply(add, 3)
	sq := apply(func(x int) int { return x * x }, 4)
	var fs []func() int
	for i := 0; i < 3; i++ {
		v := i
		g := func() int { return v * 10 }
		_ = g()
		fs = append(fs, func() int { return v })
	}
	var last func() int
	for i := 0; i < 3; i++ {
		w := i
		if i == 1 {
			last = func() int { return w }
		}
	}
	m := 5
	keep = func() int { return m }
	println(sq, fs[0](), fs[2](), last(), keep())
}
