// An out-of-range array index with a variable index panics with gc's
// message; a deferred recover stops the panic and the caller continues
// (Go spec, Index expressions; Run-time panics).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:-1 -1 false
// CHECK-NEXT:0 10 true
// CHECK-NEXT:1 20 true
// CHECK-NEXT:2 30 true
// CHECK-NEXT:3 -1 false
// CHECK-NEXT:false true 9
// CHECK-NOT:{{.}}

package main

type T struct {
	Vals [3]int
}

func get(a [3]int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = -1, false
		}
	}()
	return a[i], true
}

func set(t *T, i int) (failed bool) {
	defer func() {
		failed = recover() != nil
	}()
	t.Vals[i] = 9
	return false
}

func main() {
	a := [3]int{10, 20, 30}
	for i := -1; i <= 3; i++ {
		v, ok := get(a, i)
		println(i, v, ok)
	}
	var t T
	println(set(&t, 2), set(&t, 3), t.Vals[2])
}
