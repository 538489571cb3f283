// Struct equality compares the fields in order, including strings, nested
// structs and array fields; != is its negation (Go spec, Comparison
// operators). Strings compare by content, not by pointer.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true false true
// CHECK-NEXT:true
// CHECK-NEXT:false true
// CHECK-NEXT:false
// CHECK-NEXT:false
// CHECK-NEXT:true true
// CHECK-NEXT:false true
// CHECK-NOT:{{.}}

package main

type Key struct {
	Name string
	N    int8
	Pos  [2]int32
	In   struct{ Ok bool }
}

func join(a, b string) string {
	return a + b
}

func same(a, b Key) bool {
	return a == b
}

func main() {
	a := Key{Name: "k", N: 1, Pos: [2]int32{3, 4}}
	b := a
	println(a == b, a != b, same(a, b))
	b.Name = join("", "k")
	println(a == b)
	b.Pos[1] = 5
	println(a == b, a != b)
	b = a
	b.In.Ok = true
	println(same(a, b))
	b = a
	b.Name = "K"
	println(a == b)
	var z1, z2 Key
	println(z1 == z2, z1 == Key{})
	pa, pb := &a, &Key{Name: "k", N: 1, Pos: [2]int32{3, 4}}
	println(pa == pb, *pa == *pb)
}
