// Each kind of run-time panic (divide by zero, string index, nil
// dereference, negative shift, failed type assertion, nil func call) is
// recovered by a deferred closure and execution continues.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:divide recovered: true
// CHECK-NEXT:modulo recovered: true
// CHECK-NEXT:index recovered: true
// CHECK-NEXT:nil recovered: true
// CHECK-NEXT:shift recovered: true
// CHECK-NEXT:assert recovered: true
// CHECK-NEXT:nilfunc recovered: true
// CHECK-NEXT:ok no panic
// CHECK-NEXT:ok recovered: false
// CHECK-NOT:{{.}}

package main

type T int

func catch(tag string, f func()) {
	defer func() {
		println(tag, "recovered:", recover() != nil)
	}()
	f()
	println(tag, "no panic")
}

func main() {
	zero, neg, idx := 0, -2, 3
	var p *int
	var v interface{} = 1
	var nilf func()
	catch("divide", func() { println(1 / zero) })
	catch("modulo", func() { println(1 % zero) })
	catch("index", func() { println("abc"[idx]) })
	catch("nil", func() { println(*p) })
	catch("shift", func() { println(1 >> neg) })
	catch("assert", func() { println(v.(T)) })
	catch("nilfunc", func() { nilf() })
	catch("ok", func() {})
}
