// Identical types are one dynamic type (Go spec: "Type identity"): interface
// types with the same methods however written (order, embedding), while
// struct types that differ in a tag are different types.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true true true
// CHECK-NEXT:false true false
// CHECK-NEXT:interface conversion: interface {} is []interface { M() int; N() }, not int
// CHECK-NOT:{{.}}

package main

type I interface{ M() int }

type A struct{ v int }

func (a A) M() int { return a.v }

func main() {
	var f interface{} = []interface {
		M() int
		N()
	}{}
	_, ok := f.([]interface {
		N()
		M() int
	})
	var g interface{} = []interface{ I }{}
	_, ok2 := g.([]interface{ M() int })
	var h interface{} = [1]interface{ error }{}
	_, ok3 := h.([1]interface{ Error() string })
	println(ok, ok2, ok3)

	var e interface{} = struct {
		A `json:"x"`
	}{A{1}}
	_, t1 := e.(struct {
		A `json:"y"`
	})
	_, t2 := e.(struct {
		A `json:"x"`
	})
	_, t3 := e.(struct{ A })
	println(t1, t2, t3)
	defer func() { println(recover().(error).Error()) }()
	_ = f.(int)
}
