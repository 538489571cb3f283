// interface{} and string arguments saved in a defer record keep their
// values across runtime.GC and allocation after the variables they came
// from changed (once there is a collector, it scans the record:
// docs/DESIGN.md §5, §7).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 hello world hello world!
// CHECK-NOT:{{.}}

package main

import "runtime"

func show(a interface{}, b interface{}, s string) {
	println(a.(int), b.(string), s)
}

func f() {
	x := 1
	var a interface{} = x
	s := "hello"
	s += " world"
	var b interface{} = s
	defer show(a, b, s+"!")
	a, b, s = nil, nil, ""
	runtime.GC()
	_ = new([4096]byte)
	runtime.GC()
}

func main() { f() }
