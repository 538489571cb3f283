// The only references to run-time strings and nodes are a map's keys and
// values while the map grows from empty with collections and garbage in
// between: string keys to pointers, pointer keys to strings, strings to
// strings, values and keys over 128 bytes (gc stores those out of line),
// then deletions; and a map whose only reference is a range loop's iterator
// while the loop body collects.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:string->pointer 1000 8498491971174220944
// CHECK-NEXT:pointer->string 1000 -1071309567532666684
// CHECK-NEXT:string->string 1000 6554548177076918962
// CHECK-NEXT:big values 300 7819375525822930
// CHECK-NEXT:big keys 300 -2199252193234840
// CHECK-NEXT:string->pointer 500 364412100735772212
// CHECK-NEXT:pointer->string 500 2133787018551411566
// CHECK-NEXT:string->string 500 -7573686061815695511
// CHECK-NEXT:big values 300 7819375525822930
// CHECK-NEXT:big keys 300 -2199252193234840
// CHECK-NEXT:iterator 1000 8498491971173922664
// CHECK-NOT:{{.}}

package main

import "runtime"

type bigVal [20]*node

type bigKey struct {
	a [8]string
	n int
}

func keyOf(i int) string {
	return "key-" + itoa(i*7919)
}

func sums(sp map[string]*node, ps map[*node]string, ss map[string]string, bv map[int]bigVal, bk map[bigKey]*node) {
	h := 0
	for k, v := range sp {
		n, x := listSum(v)
		h += strHash(k) ^ (n + x)
	}
	println("string->pointer", len(sp), h)
	h = 0
	for k, v := range ps {
		h += k.v * strHash(v)
	}
	println("pointer->string", len(ps), h)
	h = 0
	for k, v := range ss {
		h += strHash(k) ^ strHash(v)
	}
	println("string->string", len(ss), h)
	h = 0
	for k, v := range bv {
		x := 0
		for _, p := range v {
			x = x*3 + p.v
		}
		h += k ^ x
	}
	println("big values", len(bv), h)
	h = 0
	for k, v := range bk {
		x := k.n
		for _, s := range k.a {
			x = x*5 + strHash(s)
		}
		h += x ^ v.v
	}
	println("big keys", len(bk), h)
}

func fromIterator() map[string][]int {
	m := make(map[string][]int)
	for i := 0; i < 1000; i++ {
		m[keyOf(i)] = []int{i, i * 2, i * 3}
	}
	return m
}

func main() {
	sp := make(map[string]*node)
	ps := make(map[*node]string)
	ss := make(map[string]string)
	bv := make(map[int]bigVal)
	bk := make(map[bigKey]*node)
	for i := 0; i < 1000; i++ {
		sp[keyOf(i)] = buildList(3, i)
		ps[&node{nil, i * 3}] = "value-" + itoa(i)
		ss[keyOf(i)+"s"] = itoa(i*i) + "v"
		if i < 300 {
			var v bigVal
			for j := range v {
				v[j] = &node{nil, i*100 + j}
			}
			bv[i] = v
			var k bigKey
			for j := range k.a {
				k.a[j] = itoa(i*10 + j)
			}
			k.n = i
			bk[k] = &node{nil, -i}
		}
		if i%250 == 0 {
			churn(1)
			runtime.GC()
		}
	}
	runtime.GC()
	sums(sp, ps, ss, bv, bk)
	for i := 0; i < 1000; i += 2 {
		delete(sp, keyOf(i))
		delete(ss, keyOf(i)+"s")
	}
	for k := range ps {
		if k.v%2 == 0 {
			delete(ps, k)
		}
	}
	churn(1)
	runtime.GC()
	sums(sp, ps, ss, bv, bk)

	count, h, first := 0, 0, true
	for k, v := range fromIterator() {
		if first {
			first = false
			runtime.GC()
			churn(1)
			runtime.GC()
		}
		count++
		h += strHash(k) ^ (v[0] + v[1]*7 + v[2]*11)
	}
	println("iterator", count, h)
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
