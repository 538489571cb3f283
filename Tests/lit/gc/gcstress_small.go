// Under GODEBUG=gcstress=1 (a collection at every allocation once there is
// a collector; gc ignores the setting), a small program keeps a list, a map,
// run-time strings, a stack defer's argument, a deferred closure's captures
// and a parked goroutine's locals alive through about 800 allocations.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: env GODEBUG=gcstress=1 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: env GODEBUG=gcstress=1 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:closure map 30 36995416
// CHECK-NEXT:defer argument 60 8693842621324810258
// CHECK-NEXT:goroutine 2634719438325892055
// CHECK-NEXT:list 60 2365344913613095058
// CHECK-NEXT:string-12345 -1624047762451504233
// CHECK-NOT:{{.}}

package main

import "runtime"

var sink *node

func garbage(n int) {
	for i := 0; i < n; i++ {
		sink = &node{nil, i}
		if i%10 == 0 {
			_ = make([]byte, 64+i%200)
		}
	}
	sink = nil
}

func report(tag string, l *node) {
	n, h := listSum(l)
	println(tag, n, h)
}

func deferred() {
	defer report("defer argument", buildList(60, 3))
	m := make(map[string]*node)
	for i := 0; i < 30; i++ {
		m["k"+itoa(i)] = &node{nil, i * i}
	}
	defer func() {
		h := 0
		for k, v := range m {
			h += strHash(k) ^ v.v
		}
		println("closure map", len(m), h)
	}()
	garbage(150)
	runtime.GC()
}

func worker(in <-chan int, out chan<- int) {
	l := buildList(60, 4)
	k := <-in
	_, h := listSum(l)
	out <- k + h
}

func main() {
	l := buildList(60, 1)
	s := "string-" + itoa(12345)
	in, out := make(chan int), make(chan int)
	go worker(in, out)
	runtime.Gosched()
	garbage(150)
	runtime.GC()
	deferred()
	garbage(150)
	in <- 5
	println("goroutine", <-out)
	report("list", l)
	println(s, strHash(s))
}
