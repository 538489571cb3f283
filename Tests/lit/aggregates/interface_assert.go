// A struct or array stored in an interface{} is a copy; a type assertion
// gets the value back, and the comma-ok form reports a wrong type (Go spec,
// Type assertions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:P 1 2 p
// CHECK-NEXT:*P 100
// CHECK-NEXT:77
// CHECK-NEXT:other
// CHECK-NEXT:array 6
// CHECK-NEXT:false
// CHECK-NEXT:2 50
// CHECK-NEXT:5
// CHECK-NOT:{{.}}

package main

type P struct {
	X, Y int
	Name string
}

type Q struct {
	X, Y int
	Name string
}

func describe(v interface{}) {
	if p, ok := v.(P); ok {
		println("P", p.X, p.Y, p.Name)
	} else if q, ok := v.(*P); ok {
		println("*P", q.X)
		q.X = 77
	} else if a, ok := v.([3]int); ok {
		println("array", a[0]+a[1]+a[2])
	} else {
		println("other")
	}
}

func main() {
	p := P{1, 2, "p"}
	var i interface{} = p
	p.X = 100
	describe(i)
	describe(&p)
	println(p.X)
	describe(Q{3, 4, "q"})
	describe([3]int{1, 2, 3})
	_, ok := i.(Q)
	println(ok)
	back := i.(P)
	back.Y = 50
	println(i.(P).Y, back.Y)
	var e interface{} = struct{ A int }{5}
	println(e.(struct{ A int }).A)
}
