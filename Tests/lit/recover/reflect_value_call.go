// A function reflect.Value.Call calls for a deferred Call is not called
// directly by the deferred function (Value.Call and Value.call are frames
// of their own; only reflectcall and the adapters stand in for the
// runtime, IRGen/ReflectCalls.swift): its recover returns nil and the panic
// goes on, as in gc. Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:target 0 <nil>
// CHECK-NEXT:outer boom
// CHECK-NEXT:method 1 <nil>
// CHECK-NEXT:outer boom2
// CHECK-NOT:{{.}}
package main

import (
	"fmt"
	"reflect"
)

func target(depth int) {
	fmt.Println("target", depth, recover())
}

func outer() {
	defer func() { fmt.Println("outer", recover()) }()
	v := reflect.ValueOf(target)
	defer v.Call([]reflect.Value{reflect.ValueOf(0)})
	panic("boom")
}

type T struct{}

func (T) M(depth int) { fmt.Println("method", depth, recover()) }

func outerMethod() {
	defer func() { fmt.Println("outer", recover()) }()
	defer reflect.ValueOf(T{}).Method(0).Call([]reflect.Value{reflect.ValueOf(1)})
	panic("boom2")
}

func main() {
	outer()
	outerMethod()
}
