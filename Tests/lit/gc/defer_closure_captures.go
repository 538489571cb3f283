// The only references to lists, a map and run-time strings are variables
// captured by deferred closures: a frame closure at depth 1 (its captured
// variables reassigned after the defer statement, so the first values are
// garbage), heap closures deferred in a loop capturing per-iteration
// variables, and a closure returned by a call in the defer statement;
// garbage and collections come before the deferred calls run.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
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
