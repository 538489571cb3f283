// The only references to a list, a map and strings are locals of parked
// goroutines: four workers blocked on a channel receive after building
// their data, a goroutine blocked at the bottom of a 50-deep recursion whose
// every frame holds its own node and list, and a goroutine whose arguments
// are built by calls in the go statement; main collects and allocates
// garbage, then wakes each one, which verifies its data.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:worker-1 0 1000 6409664992983333292 1000 825448136
// CHECK-NEXT:worker-2 100 1000 -4798999489663869524 1000 55944904264
// CHECK-NEXT:worker-3 200 1000 2439080101398479276 1000 74992659909
// CHECK-NEXT:worker-4 300 1000 -8769584381248723540 1000 85190668664
// CHECK-NEXT:deep 6537189522582805729
// CHECK-NEXT:args-5 9 1000 -5403910218551091668 500 4979701118701299166
// CHECK-NOT:{{.}}

package main

import "runtime"

func worker(id int, ready chan<- bool, in <-chan int, out chan<- string) {
	l := buildList(1000, id*1000)
	m := make(map[int]string)
	for i := 0; i < 1000; i++ {
		m[i] = itoa(id * i)
	}
	s := "worker-" + itoa(id)
	ready <- true
	k := <-in
	n, h := listSum(l)
	mh := 0
	for key, v := range m {
		mh += key ^ strHash(v)
	}
	out <- s + " " + itoa(k) + " " + itoa(n) + " " + itoa(h) + " " + itoa(len(m)) + " " + itoa(mh)
}

func deep(depth int, ready chan<- bool, in <-chan int) int {
	p := &node{nil, depth * 13}
	q := buildList(10, depth)
	var r int
	if depth == 0 {
		ready <- true
		r = <-in
	} else {
		r = deep(depth-1, ready, in)
	}
	_, h := listSum(q)
	return r*31 + p.v + h
}

func fromArgs(l *node, name string, vals []int, in <-chan int, out chan<- string) {
	k := <-in
	n, h := listSum(l)
	vh := 0
	for _, v := range vals {
		vh = vh*7 + v
	}
	out <- name + " " + itoa(k) + " " + itoa(n) + " " + itoa(h) + " " + itoa(len(vals)) + " " + itoa(vh)
}

func makeVals(n int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = i * i
	}
	return v
}

func main() {
	ready := make(chan bool)
	var ins [4]chan int
	var outs [4]chan string
	for i := range ins {
		ins[i] = make(chan int)
		outs[i] = make(chan string)
		go worker(i+1, ready, ins[i], outs[i])
	}
	for i := 0; i < 4; i++ {
		<-ready
	}

	deepIn := make(chan int)
	deepOut := make(chan int)
	go func() {
		deepOut <- deep(50, ready, deepIn)
	}()
	<-ready

	argsIn := make(chan int)
	argsOut := make(chan string)
	go fromArgs(buildList(1000, 5), "args-"+itoa(5), makeVals(500), argsIn, argsOut)

	runtime.GC()
	churn(5)
	runtime.GC()

	for i := range ins {
		ins[i] <- i * 100
		println(<-outs[i])
	}
	deepIn <- 7
	println("deep", <-deepOut)
	argsIn <- 9
	println(<-argsOut)
}
