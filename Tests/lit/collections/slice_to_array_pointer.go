// (*[N]T)(s) gives s's underlying array when len(s) >= N, nil for a nil
// slice, and panics with gc's message otherwise (Go spec: "Conversions
// from slice to array pointer").
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:9 2
// CHECK-NEXT:7 4
// CHECK-NEXT:true false
// CHECK-NEXT:runtime error: cannot convert slice with length 4 to pointer to array with length 5
// CHECK-NOT:{{.}}

package main

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[1] = 9
	println(s[1], len(p))
	q := (*[2]int)(s[2:])
	q[0] = 7
	println(s[2], q[1])
	var n []int
	println((*[0]int)(n) == nil, (*[0]int)(s[:0]) == nil)
	defer func() { println(recover().(error).Error()) }()
	_ = (*[5]int)(s)
}
