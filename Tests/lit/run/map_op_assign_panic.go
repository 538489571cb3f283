// `m[k] op= y` makes the entry only once y and the operation are done:
// a panic on the right (nil dereference, division by zero, index out of
// range) leaves m without the key (Go's fixedbugs/issue22881.go).
// A blank struct field of a literal is never stored (issue31546.go).
// Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 0 0 0
// CHECK-NEXT:3 1
// CHECK-NEXT:0 0
package main

import (
	"fmt"
	"reflect"
)

func try(m map[int]int, f func(map[int]int)) int {
	func() {
		defer func() { recover() }()
		f(m)
	}()
	return len(m)
}

var x = struct{ a, _, c int }{1, 2, 3}

func main() {
	var p *int
	var z int
	var a []int
	fmt.Println(try(map[int]int{}, func(m map[int]int) { m[0] += *p }),
		try(map[int]int{}, func(m map[int]int) { m[0] /= z }),
		try(map[int]int{}, func(m map[int]int) { m[0] %= z }),
		try(map[int]int{}, func(m map[int]int) { m[0] -= a[0] }))
	m := map[string]int{"a": 1}
	m["a"] += 2
	m["b"]++
	fmt.Println(m["a"], m["b"])
	y := struct{ a, _, c int }{4, 5, 6}
	fmt.Println(reflect.ValueOf(x).Field(1).Int(), reflect.ValueOf(y).Field(1).Int())
}
