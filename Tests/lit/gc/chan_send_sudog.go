// The only references to values being sent are the blocked senders: a
// goroutine blocked sending a freshly built list on an unbuffered channel,
// others sending a string, a slice and a struct with pointer fields, and a
// goroutine blocked in a select with two send cases; main collects and
// allocates garbage, then receives and verifies each value.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:list 1000 -1598752130352183764
// CHECK-NEXT:string sent-987654321 -7774674985773607640
// CHECK-NEXT:slice 1000 6203307696791271436
// CHECK-NEXT:pair pair-22 1000 -2513851254446598996
// CHECK-NEXT:select 1000 -3428950378541014228
// CHECK-NOT:{{.}}

package main

import "runtime"

type pair struct {
	l *node
	s string
}

func makeVals(n int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = i*i + 1
	}
	return v
}

func main() {
	lists := make(chan *node)
	strs := make(chan string)
	slices := make(chan []int)
	pairs := make(chan pair)
	selA := make(chan *node)
	selB := make(chan string)
	go func() {
		lists <- buildList(1000, 21)
	}()
	go func() {
		strs <- "sent-" + itoa(987654321)
	}()
	go func() {
		slices <- makeVals(1000)
	}()
	go func() {
		pairs <- pair{buildList(1000, 22), "pair-" + itoa(22)}
	}()
	go func() {
		select {
		case selA <- buildList(1000, 23):
		case selB <- "never-" + itoa(1):
		}
	}()
	runtime.Gosched()
	runtime.GC()
	churn(5)
	runtime.GC()

	n, h := listSum(<-lists)
	println("list", n, h)
	s := <-strs
	println("string", s, strHash(s))
	v := 0
	vals := <-slices
	for _, x := range vals {
		v = v*3 + x
	}
	println("slice", len(vals), v)
	p := <-pairs
	n, h = listSum(p.l)
	println("pair", p.s, n, h)
	n, h = listSum(<-selA)
	println("select", n, h)
}
