// A func type reflect.FuncOf makes has no adapters (abi.h
// golly_func_adapters; the compiler makes them for the func types of the
// program): calling a func value of one is a clear run-time error, not
// wrong code. (gc calls it; golly does not support it yet.)
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.out
//
// CHECK:panic: golly does not support reflect.Value.Call of a function of type func(string, [3]int) made by reflect.FuncOf yet
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

import "reflect"

func main() {
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(""), reflect.TypeOf([3]int{})}, nil, false)
	f := reflect.MakeFunc(ft, func([]reflect.Value) []reflect.Value { return nil })
	f.Call([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf([3]int{})})
}
