// The only references to a list, a map and strings are locals of parked
// goroutines: four workers blocked on a channel receive after building
// their data, a goroutine blocked at the bottom of a 50-deep recursion whose
// every frame holds its own node and list, and a goroutine whose arguments
// are built by calls in the go statement; main collects and allocates
// garbage, then wakes each one, which verifies its data.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
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
