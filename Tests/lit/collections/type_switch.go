// Type switches on interface{}: the nil case, single- and multi-type cases
// (where the bound variable keeps the interface type), default, and labeled
// break out of an enclosing loop (Go spec, Type switches).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:nil
// CHECK-NEXT:int
// CHECK-NEXT:MyInt
// CHECK-NEXT:big MyInt
// CHECK-NEXT:int8
// CHECK-NEXT:int16
// CHECK-NEXT:string s
// CHECK-NEXT:slice
// CHECK-NEXT:map
// CHECK-NEXT:P one
// CHECK-NEXT:P
// CHECK-NEXT:nil *P
// CHECK-NEXT:bool or float64
// CHECK-NEXT:bool or float64
// CHECK-NEXT:other
// CHECK-NEXT:other
// CHECK-NEXT:42
// CHECK-NEXT:5
// CHECK-NEXT:8 7
// CHECK-NEXT:default only
// CHECK-NOT:{{.}}

package main

type P struct {
	X int
}

type MyInt int

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case MyInt:
		if x > 10 {
			return "big MyInt"
		}
		return "MyInt"
	case int8, int16:
		_, isInt8 := x.(int8)
		if isInt8 {
			return "int8"
		}
		return "int16"
	case string:
		return "string " + x
	case []int:
		return "slice"
	case map[string]int:
		return "map"
	case P:
		if x.X == 1 {
			return "P one"
		}
		return "P"
	case *P:
		if x == nil {
			return "nil *P"
		}
		x.X = 42
		return "*P"
	case bool, float64:
		return "bool or float64"
	default:
		return "other"
	}
}

func main() {
	var np *P
	vals := []interface{}{nil, 3, MyInt(3), MyInt(30), int8(1), int16(2), "s",
		[]int{1}, map[string]int{}, P{1}, P{2}, np, true, 2.5, uint(1), [1]int{}}
	for _, v := range vals {
		println(classify(v))
	}
	p := &P{}
	classify(p)
	println(p.X)

	n := 0
loop:
	for _, v := range vals {
		switch v.(type) {
		case string:
			break loop
		case int:
			continue
		}
		n++
	}
	println(n)

	var e interface{} = 7
	switch e.(type) {
	}
	switch y := e.(type) {
	case int:
		y++
		println(y, e.(int))
	}
	switch t := interface{}(uint8(200)).(type) {
	default:
		_ = t
		println("default only")
	}
}
