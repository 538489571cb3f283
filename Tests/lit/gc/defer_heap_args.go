// The only references to lists, strings, slices and a large array of
// pointers are the saved arguments of heap defer records (defers inside a
// loop, arguments built by calls in the defer statement); garbage and
// collections come between the defer statements and the deferred calls, at
// return and during a recovered panic.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:returns: body done
// CHECK-NEXT:defer 9 name-81 200 -8489874188129624900 100 44878350 6242246389661258596
// CHECK-NEXT:defer 8 name-64 200 -1873505141563163972 100 39928350 -4742641189258218684
// CHECK-NEXT:defer 7 name-49 200 4742863905003296956 100 34978350 2719215305531855652
// CHECK-NEXT:defer 6 name-36 200 -7087511122139793732 100 30028350 -8265672273387621628
// CHECK-NEXT:defer 5 name-25 200 -471142075573332804 100 25078350 -803815778597547292
// CHECK-NEXT:defer 4 name-16 200 6145226970993128124 100 20128350 6658040716192527044
// CHECK-NEXT:defer 3 name-9 200 -5685148056149962564 100 15178350 -4326846862726950236
// CHECK-NEXT:defer 2 name-4 200 931220990416498364 100 10228350 3135009632063124100
// CHECK-NEXT:defer 1 name-1 200 7547590036982959292 100 5278350 -7849877946856353180
// CHECK-NEXT:defer 0 name-0 200 -4282784990160131396 100 328350 -388021452066278844
// CHECK-NEXT:defer 4 p-4 300 3266664546273342746 50 29440425 2303420979000587204
// CHECK-NEXT:defer 3 p-3 300 1389580704090143194 50 28215425 6242246389661258596
// CHECK-NEXT:defer 2 p-2 300 -487503138093056358 50 26990425 -8265672273387621628
// CHECK-NEXT:defer 1 p-1 300 -2364586980276255910 50 25765425 -4326846862726950236
// CHECK-NEXT:defer 0 p-0 300 -4241670822459455462 50 24540425 -388021452066278844
// CHECK-NEXT:recovered: after the loop 5
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

func buildSlice(n, seed int) []*node {
	s := make([]*node, n)
	for i := range s {
		s[i] = &node{nil, seed*1000 + i}
	}
	return s
}

func buildArray(seed int) (a [200]*node) {
	for i := range a {
		a[i] = buildList(3, seed+i)
	}
	return a
}

func check(i int, l *node, name string, s []*node, a [200]*node) {
	n, h := listSum(l)
	sh := 0
	for j, p := range s {
		sh += j * p.v
	}
	ah := 0
	for _, p := range a {
		_, x := listSum(p)
		ah = ah*7 + x
	}
	println("defer", i, name, n, h, len(s), sh, ah)
}

func returns() {
	for i := 0; i < 10; i++ {
		defer check(i, buildList(200, i*100), "name-"+itoa(i*i), buildSlice(100, i), buildArray(i))
		if i%3 == 0 {
			churn(1)
		}
	}
	churn(1)
	println("returns: body done")
}

func recoverer() {
	println("recovered:", recover().(string))
}

func panics() {
	defer recoverer()
	for i := 0; i < 5; i++ {
		defer check(i, buildList(300, i*7), "p-"+itoa(i), buildSlice(50, i+20), buildArray(i*3))
	}
	churn(2)
	runtime.GC()
	panic("after the loop " + itoa(5))
}

func main() {
	returns()
	runtime.GC()
	panics()
	println("done")
}
