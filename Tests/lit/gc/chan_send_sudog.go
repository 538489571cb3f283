// The only references to values being sent are the blocked senders: a
// goroutine blocked sending a freshly built list on an unbuffered channel,
// others sending a string, a slice and a struct with pointer fields, and a
// goroutine blocked in a select with two send cases; main collects and
// allocates garbage, then receives and verifies each value.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
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

// ---- shared by the gc tests: data with distinct values, checksums, garbage ----

type node struct {
	next *node
	v    int
}

// buildList returns n nodes holding seed, seed+7, seed+14, ... in order.
func buildList(n, seed int) *node {
	var l *node
	for i := n - 1; i >= 0; i-- {
		l = &node{l, seed + 7*i}
	}
	return l
}

// listSum returns the length of l and an order-sensitive hash of its values.
func listSum(l *node) (int, int) {
	n, h := 0, 0
	for ; l != nil; l = l.next {
		n++
		h = h*31 + l.v
	}
	return n, h
}

// itoa builds a decimal string at run time.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func strHash(s string) int {
	h := 0
	for i := 0; i < len(s); i++ {
		h = h*131 + int(s[i])
	}
	return h
}

type junk struct {
	next *junk
	a    int
}

type junk3 struct {
	next *junk3
	a, b int
}

var sinkBytes []byte
var sinkJunk *junk
var sinkJunk3 *junk3
var sinkPtrs []*junk

// churn allocates about 10 MB of short-lived garbage a round and collects
// after each round: 1 MB byte slices, and objects of many small sizes with
// and without pointers, filled with a pattern (0xAA bytes, -1 words,
// pointers to junk) that changes a checksum if it lands on a live object.
// The allocation count stays modest so that GODEBUG=gcstress=1 (a
// collection at every allocation) remains bearable.
func churn(rounds int) {
	for r := 0; r < rounds; r++ {
		for i := 0; i < 9; i++ {
			b := make([]byte, 1<<20)
			for j := 0; j < len(b); j += 512 {
				b[j] = 0xAA
			}
			sinkBytes = b
		}
		for i := 0; i < 600; i++ {
			b := make([]byte, 8+i%600)
			for j := range b {
				b[j] = 0xAA
			}
			sinkBytes = b
			if i%300 == 0 {
				sinkJunk, sinkJunk3 = nil, nil
			}
			sinkJunk = &junk{sinkJunk, -1}
			sinkJunk3 = &junk3{sinkJunk3, -1, -1}
			p := make([]*junk, 1+i%32)
			for j := range p {
				p[j] = sinkJunk
			}
			sinkPtrs = p
		}
		sinkBytes, sinkJunk, sinkJunk3, sinkPtrs = nil, nil, nil, nil
		runtime.GC()
	}
}
