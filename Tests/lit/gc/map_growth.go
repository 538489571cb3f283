// The only references to run-time strings and nodes are a map's keys and
// values while the map grows from empty with collections and garbage in
// between: string keys to pointers, pointer keys to strings, strings to
// strings, values and keys over 128 bytes (gc stores those out of line),
// then deletions; and a map whose only reference is a range loop's iterator
// while the loop body collects.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
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
