// A recovered run-time panic is a runtime.Error: it asserts to
// runtime.Error and to error, and Error() gives the message (Go spec,
// Run-time panics; Handling panics).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:runtime.Error: runtime error: index out of range [3] with length 0
// CHECK-NEXT:error: runtime error: index out of range [3] with length 0
// CHECK-NEXT:true
// CHECK-NEXT:runtime.Error: runtime error: integer divide by zero
// CHECK-NEXT:error: runtime error: integer divide by zero
// CHECK-NEXT:true
// CHECK-NEXT:runtime.Error: interface conversion: interface {} is string, not int
// CHECK-NEXT:error: interface conversion: interface {} is string, not int
// CHECK-NEXT:true
// CHECK-NEXT:runtime.Error: assignment to entry in nil map
// CHECK-NEXT:error: assignment to entry in nil map
// CHECK-NEXT:true
// CHECK-NEXT:error: mine
// CHECK-NEXT:false
// CHECK-NEXT:not an error
// CHECK-NEXT:false
// CHECK-NOT:{{.}}

package main

import "runtime"

type myErr struct{}

func (myErr) Error() string { return "mine" }

var zero int

//go:noinline
func try(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			println("runtime.Error:", re.Error())
		}
		if e, ok := r.(error); ok {
			println("error:", e.Error())
		} else {
			println("not an error")
		}
		_, isRT := r.(runtime.Error)
		println(isRT)
	}()
	f()
}

func main() {
	try(func() {
		var a []int
		_ = a[zero+3]
	})
	try(func() {
		println(10 / zero)
	})
	try(func() {
		var e interface{} = "s"
		_ = e.(int)
	})
	try(func() {
		var m map[string]int
		m["x"] = 1
	})
	try(func() {
		panic(myErr{})
	})
	try(func() {
		panic("plain")
	})
}
