// The only reference to a panic value is the panic itself while deferred
// calls collect and allocate before recover(): a pointer to a big struct
// (string, list, map, array of pointers, slice), the same struct boxed by
// value, a string built at run time, and a value recovered and panicked
// again so that the second panic holds it; then the recovered values are
// verified.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:pointer big-100 100 1000 -104606638972780628 1000 1048450500 -7263584356617297056 100 3154152838046580076
// CHECK-NEXT:value big-200 200 1000 619201320133454252 1000 1098400500 1187540304092482912 100 6105365264784267172
// CHECK-NEXT:string run-time 123456 string
// CHECK-NEXT:pointer big-100 100 1000 -104606638972780628 1000 1048450500 -7263584356617297056 100 3154152838046580076
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

type big struct {
	name string
	list *node
	m    map[int]*node
	arr  [64]*node
	s    []string
	n    int
}

func makeBig(seed int) big {
	var b big
	b.name = "big-" + itoa(seed)
	b.list = buildList(1000, seed)
	b.m = make(map[int]*node)
	for i := 0; i < 1000; i++ {
		b.m[i] = &node{nil, seed + 3*i}
	}
	for i := range b.arr {
		b.arr[i] = buildList(5, seed+i*11)
	}
	for i := 0; i < 100; i++ {
		b.s = append(b.s, itoa(seed*i))
	}
	b.n = seed
	return b
}

func verify(tag string, b *big) {
	n, h := listSum(b.list)
	mh := 0
	for k, v := range b.m {
		mh += k * v.v
	}
	ah := 0
	for _, p := range b.arr {
		_, x := listSum(p)
		ah = ah*3 + x
	}
	sh := 0
	for _, s := range b.s {
		sh = sh*5 + strHash(s)
	}
	println(tag, b.name, b.n, n, h, len(b.m), mh, ah, len(b.s), sh)
}

func newBig(seed int) *big {
	b := makeBig(seed)
	return &b
}

func throwPointer() {
	panic(newBig(100))
}

func throwValue() {
	panic(makeBig(200))
}

func throwString() {
	panic("run-time " + itoa(123456) + " string")
}

func catch() {
	runtime.GC()
	churn(1)
	runtime.GC()
	switch r := recover().(type) {
	case *big:
		verify("pointer", r)
	case big:
		verify("value", &r)
	case string:
		println("string", r)
	}
}

func rethrow() {
	r := recover()
	churn(1)
	panic(r)
}

func run(f func()) {
	defer catch()
	f()
}

func twice() {
	defer catch()
	defer rethrow()
	throwPointer()
}

func main() {
	run(throwPointer)
	run(throwValue)
	run(throwString)
	twice()
	println("done")
}
