// reflect's *Of functions find the compiler's descriptors (typelinks,
// runtime/src/typelinks.c): the type they return is identical to the
// compiler's, so interface conversions and == agree (Go's
// fixedbugs/issue22605.go). Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true true true true true
// CHECK-NEXT:7
// CHECK-NEXT:[8]string map[string]main.point chan int
package main

import (
	"fmt"
	"reflect"
)

type point struct{ x, y int }

func main() {
	str := reflect.TypeOf("")
	arr := reflect.ArrayOf(8, str)
	sl := reflect.SliceOf(reflect.TypeOf(point{}))
	mp := reflect.MapOf(str, reflect.TypeOf(point{}))
	ch := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(0))
	fmt.Println(arr == reflect.TypeOf([8]string{}), sl == reflect.TypeOf([]point{}),
		mp == reflect.TypeOf(map[string]point{}), ch == reflect.TypeOf(make(chan int)),
		reflect.PtrTo(reflect.TypeOf(point{})) == reflect.TypeOf(&point{}))
	m := map[[8]string]int{{"a"}: 7}
	v := reflect.New(arr).Elem()
	v.Index(0).SetString("a")
	fmt.Println(m[v.Interface().([8]string)])
	fmt.Println(arr, mp, ch)
}
