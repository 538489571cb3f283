// The only references to a 1000-node list, a 1000-entry map, a string built
// at run time, a large array of pointers (a big argument) and a method
// value's receiver are the saved operands of stack defer records (defers at
// loop depth 1, operands built by calls in the defer statement); the
// garbage and collections come after the defer statements, before the
// deferred calls run at return or during a panic.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:returns: body done
// CHECK-NEXT:method value receiver holder-17 1000 2061644366025477164
// CHECK-NEXT:return list 1000 -1743513722173430740
// CHECK-NEXT:return map 1000 1219809224909023155
// CHECK-NEXT:return string 2005 -6338969385569835144 |2000
// CHECK-NEXT:return array 1065532800
// CHECK-NEXT:panic list 1000 -2658612846267845972
// CHECK-NEXT:panic map 1000 1219809224909023155
// CHECK-NEXT:panic string 3005 -3800826339613017237 |3000
// CHECK-NEXT:panic array 1065663360
// CHECK-NEXT:recovered: after the defer statement, 42
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

func buildMap(n int) map[int]string {
	m := make(map[int]string)
	for i := 0; i < n; i++ {
		m[i*3] = "v" + itoa(i*11)
	}
	return m
}

func buildString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + (i*7)%26)
	}
	return string(b) + "|" + itoa(n)
}

func buildArray(seed int) (a [256]*node) {
	for i := range a {
		a[i] = &node{nil, seed + i*i}
	}
	return a
}

func check(tag string, l *node, m map[int]string, s string, a [256]*node) {
	n, h := listSum(l)
	println(tag, "list", n, h)
	mh := 0
	for k, v := range m {
		mh += k * strHash(v)
	}
	println(tag, "map", len(m), mh)
	println(tag, "string", len(s), strHash(s), s[len(s)-5:])
	ah := 0
	for i, p := range a {
		ah += i * p.v
	}
	println(tag, "array", ah)
}

type holder struct {
	l    *node
	name string
}

func (h *holder) report() {
	n, s := listSum(h.l)
	println("method value receiver", h.name, n, s)
}

func newHolder(seed int) *holder {
	return &holder{buildList(1000, seed), "holder-" + itoa(seed)}
}

func returns() {
	defer check("return", buildList(1000, 1), buildMap(1000), buildString(2000), buildArray(5))
	defer newHolder(17).report()
	churn(3)
	runtime.GC()
	println("returns: body done")
}

func recoverer() {
	println("recovered:", recover().(string))
}

func panics() {
	defer recoverer()
	defer check("panic", buildList(1000, 2), buildMap(1000), buildString(3000), buildArray(9))
	churn(2)
	runtime.GC()
	panic("after the defer statement, " + itoa(42))
}

func main() {
	returns()
	runtime.GC()
	panics()
	runtime.GC()
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
