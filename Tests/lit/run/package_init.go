// Package-level variables initialize in dependency order, then init functions in source order (spec: Package initialization).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:init b 10
// CHECK-NEXT:init c 22
// CHECK-NEXT:first init 11 10 22
// CHECK-NEXT:second init
// CHECK-NEXT:main 11 10 22
// CHECK-NOT:{{.}}

package main

var a = b + 1
var b = f("b", 10)
var c = f("c", a*2)

func f(name string, v int) int {
	println("init", name, v)
	return v
}

func init() {
	println("first init", a, b, c)
}

func init() {
	println("second init")
}

func main() {
	println("main", a, b, c)
}
