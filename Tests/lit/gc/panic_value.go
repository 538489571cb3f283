// The only reference to a panic value is the panic itself while deferred
// calls collect and allocate before recover(): a pointer to a big struct
// (string, list, map, array of pointers, slice), the same struct boxed by
// value, a string built at run time, and a value recovered and panicked
// again so that the second panic holds it; then the recovered values are
// verified.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
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
