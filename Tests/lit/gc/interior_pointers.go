// The only references to objects are interior pointers, the base pointer
// dropped: a pointer to the second word of a 16-byte node, to the middle
// field of a struct, to an element in the middle of an array of structs,
// to the last element of an array of pointers, into a byte slice, a
// subslice s[500:600] of a 1000-element slice (re-extended to its capacity
// afterwards, so elements past 600 must survive too), and a substring of a
// string built at run time; main collects and allocates garbage, then
// verifies what each reaches.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:second word 4246
// CHECK-NEXT:middle field middle-6 1000 -6319009342645506900 -225763634852970591
// CHECK-NEXT:array element 2500 2 16007
// CHECK-NEXT:address of last element 100 -3141867102376629986
// CHECK-NEXT:byte 105
// CHECK-NEXT:subslice 100 500 1081741856991156342
// CHECK-NEXT:extended 500 -6669688958432586386
// CHECK-NEXT:substring 100 -3445265851235933406 qjebabejqz
// CHECK-NOT:{{.}}

package main

import "runtime"

type inner struct {
	list *node
	vals [50]int
	name string
}

type outer struct {
	before [10]int
	mid    inner
	after  [10]*node
}

type elem struct {
	p *node
	v int
}

func secondWord() *int {
	n := &node{nil, 4242}
	n.v += len(itoa(n.v))
	return &n.v
}

func midField() *inner {
	o := &outer{}
	for i := range o.before {
		o.before[i] = i
	}
	o.mid.list = buildList(1000, 6)
	for i := range o.mid.vals {
		o.mid.vals[i] = i * 9
	}
	o.mid.name = "middle-" + itoa(6)
	for i := range o.after {
		o.after[i] = &node{nil, i}
	}
	return &o.mid
}

func arrayElem() *elem {
	a := new([1000]elem)
	for i := range a {
		a[i] = elem{buildList(2, i), i * 5}
	}
	return &a[500]
}

func lastAddr() **node {
	a := new([1000]*node)
	for i := range a {
		a[i] = &node{nil, i}
	}
	a[999] = buildList(100, 999)
	return &a[999]
}

func byteInterior() *byte {
	b := make([]byte, 100000)
	for i := range b {
		b[i] = byte(i % 251)
	}
	return &b[54321]
}

func subslice() []*node {
	s := make([]*node, 1000)
	for i := range s {
		s[i] = &node{nil, i * i}
	}
	return s[500:600]
}

func substring() string {
	b := make([]byte, 10000)
	for i := range b {
		b[i] = byte('a' + (i*i)%26)
	}
	s := string(b)
	return s[4000:4100]
}

func main() {
	small := secondWord()
	in := midField()
	el := arrayElem()
	addr := lastAddr()
	bp := byteInterior()
	sub := subslice()
	str := substring()
	runtime.GC()
	churn(5)
	runtime.GC()

	println("second word", *small)
	n, h := listSum(in.list)
	v := 0
	for _, x := range in.vals {
		v = v*3 + x
	}
	println("middle field", in.name, n, h, v)
	n, h = listSum(el.p)
	println("array element", el.v, n, h)
	n, h = listSum(*addr)
	println("address of last element", n, h)
	println("byte", *bp)
	s := 0
	for _, p := range sub {
		s = s*7 + p.v
	}
	println("subslice", len(sub), cap(sub), s)
	sub = sub[:cap(sub)]
	s = 0
	for _, p := range sub {
		s = s*7 + p.v
	}
	println("extended", len(sub), s)
	println("substring", len(str), strHash(str), str[:10])
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
