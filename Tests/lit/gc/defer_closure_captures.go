// The only references to lists, a map and run-time strings are variables
// captured by deferred closures: a frame closure at depth 1 (its captured
// variables reassigned after the defer statement, so the first values are
// garbage), heap closures deferred in a loop capturing per-iteration
// variables, and a closure returned by a call in the defer statement;
// garbage and collections come before the deferred calls run.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:frame closure list 1000 8612099826507630764
// CHECK-NEXT:frame closure map 1000 217575847688
// CHECK-NEXT:frame closure string second-22222 7843912431731763805
// CHECK-NEXT:loop closure iter-259 107 -2106907566000583637
// CHECK-NEXT:loop closure iter-222 106 4074838846828511091
// CHECK-NEXT:loop closure iter-185 105 1052095133289760372
// CHECK-NEXT:loop closure iter-148 104 6801209395722361196
// CHECK-NEXT:loop closure iter-111 103 -349316981915291459
// CHECK-NEXT:loop closure iter-74 102 -1219726321378213019
// CHECK-NEXT:loop closure iter-37 101 6947174418349804294
// CHECK-NEXT:loop closure iter-0 100 -6652810371502047906
// CHECK-NEXT:returned closure t-77 1000 2495929141489218092
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

func buildMap(n, seed int) map[string]*node {
	m := make(map[string]*node)
	for i := 0; i < n; i++ {
		m["k"+itoa(i)] = &node{nil, seed + i*i}
	}
	return m
}

func mapSum(m map[string]*node) int {
	h := 0
	for k, v := range m {
		h += strHash(k) ^ v.v
	}
	return h
}

func checker(l *node, tag string) func() {
	return func() {
		n, h := listSum(l)
		println("returned closure", tag, n, h)
	}
}

func frameClosure() {
	l := buildList(1000, 3)
	m := buildMap(1000, 4)
	s := "first-" + itoa(1)
	defer func() {
		n, h := listSum(l)
		println("frame closure list", n, h)
		println("frame closure map", len(m), mapSum(m))
		println("frame closure string", s, strHash(s))
	}()
	churn(2)
	l = buildList(1000, 30)
	m = buildMap(1000, 40)
	s = "second-" + itoa(22222)
	churn(2)
	runtime.GC()
}

func loopClosures() {
	for i := 0; i < 8; i++ {
		l := buildList(100+i, i*1000)
		name := "iter-" + itoa(i*37)
		defer func() {
			n, h := listSum(l)
			println("loop closure", name, n, h)
		}()
	}
	churn(2)
	runtime.GC()
}

func returnedClosure() {
	defer checker(buildList(1000, 77), "t-"+itoa(77))()
	churn(1)
	runtime.GC()
}

func main() {
	frameClosure()
	loopClosures()
	returnedClosure()
	println("done")
}
