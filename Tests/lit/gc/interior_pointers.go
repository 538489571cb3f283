// The only references to objects are interior pointers, the base pointer
// dropped: a pointer to the second word of a 16-byte node, to the middle
// field of a struct, to an element in the middle of an array of structs,
// to the last element of an array of pointers, into a byte slice, a
// subslice s[500:600] of a 1000-element slice (re-extended to its capacity
// afterwards, so elements past 600 must survive too), and a substring of a
// string built at run time; main collects and allocates garbage, then
// verifies what each reaches.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
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
