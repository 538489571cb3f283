// The only references to lists, slices, maps, strings and boxed values are
// package-level variables: a pointer, a slice, a map, an interface, a
// string built at run time, an array of pointers, a struct with pointer,
// map and func fields, a slice and an array of structs, and variables
// initialized by the package initializer; main collects and allocates
// garbage, then verifies them all.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:pointer 1000 -1743513722173430740
// CHECK-NEXT:slice 1000 249500250000
// CHECK-NEXT:map 1000 217481907908
// CHECK-NEXT:interface -2658612817155241905
// CHECK-NEXT:string 3000 4813972731404823804
// CHECK-NEXT:array 586365408127711152
// CHECK-NEXT:struct struct-3 1000 -3573711970362261204 1000 1664167500 -4488811094456676436
// CHECK-NEXT:items 200 -8006720857188026572
// CHECK-NEXT:item array -5713849036443397183
// CHECK-NEXT:initialized 1000 7324764117077748524
// CHECK-NEXT:initialized map 1000 872951505057080773
// CHECK-NOT:{{.}}

package main

import "runtime"

type item struct {
	name string
	list *node
	vals []int
}

var gPtr *node
var gSlice []*node
var gMap map[string][]int
var gIface interface{}
var gString string
var gArr [100]*node
var gStruct struct {
	l    *node
	name string
	m    map[int]*node
	f    func() int
}
var gItems []item
var gItemArr [50]item
var gInit = buildList(1000, 999)
var gInitMap = initMap()

func initMap() map[int]string {
	m := make(map[int]string)
	for i := 0; i < 1000; i++ {
		m[i] = "init-" + itoa(i*13)
	}
	return m
}

func newItem(i int) item {
	vals := make([]int, 20)
	for j := range vals {
		vals[j] = i*100 + j
	}
	return item{"item-" + itoa(i), buildList(10, i), vals}
}

func itemHash(it *item) int {
	n, h := listSum(it.list)
	v := 0
	for _, x := range it.vals {
		v = v*3 + x
	}
	return strHash(it.name) + n + h + v
}

func setup() {
	gPtr = buildList(1000, 1)
	for i := 0; i < 1000; i++ {
		gSlice = append(gSlice, &node{nil, i * i})
	}
	gMap = make(map[string][]int)
	for i := 0; i < 1000; i++ {
		gMap["k"+itoa(i)] = []int{i, i + 1, i + 2}
	}
	gIface = item{"boxed", buildList(1000, 2), []int{4, 5, 6}}
	b := make([]byte, 0, 3000)
	for i := 0; i < 3000; i++ {
		b = append(b, byte('A'+i%26))
	}
	gString = string(b)
	for i := range gArr {
		gArr[i] = buildList(10, i*10)
	}
	gStruct.l = buildList(1000, 3)
	gStruct.name = "struct-" + itoa(3)
	gStruct.m = make(map[int]*node)
	for i := 0; i < 1000; i++ {
		gStruct.m[i] = &node{nil, 5 * i}
	}
	captured := buildList(1000, 4)
	gStruct.f = func() int {
		_, h := listSum(captured)
		return h
	}
	for i := 0; i < 200; i++ {
		gItems = append(gItems, newItem(i))
	}
	for i := range gItemArr {
		gItemArr[i] = newItem(1000 + i)
	}
}

func verify() {
	n, h := listSum(gPtr)
	println("pointer", n, h)
	s := 0
	for i, p := range gSlice {
		s += i * p.v
	}
	println("slice", len(gSlice), s)
	s = 0
	for k, v := range gMap {
		s += strHash(k) ^ (v[0] + v[1]*3 + v[2]*5)
	}
	println("map", len(gMap), s)
	it := gIface.(item)
	println("interface", itemHash(&it))
	println("string", len(gString), strHash(gString))
	s = 0
	for _, p := range gArr {
		_, x := listSum(p)
		s = s*7 + x
	}
	println("array", s)
	n, h = listSum(gStruct.l)
	s = 0
	for k, v := range gStruct.m {
		s += k * v.v
	}
	println("struct", gStruct.name, n, h, len(gStruct.m), s, gStruct.f())
	s = 0
	for i := range gItems {
		s = s*3 + itemHash(&gItems[i])
	}
	println("items", len(gItems), s)
	s = 0
	for i := range gItemArr {
		s = s*3 + itemHash(&gItemArr[i])
	}
	println("item array", s)
	n, h = listSum(gInit)
	println("initialized", n, h)
	s = 0
	for k, v := range gInitMap {
		s += k * strHash(v)
	}
	println("initialized map", len(gInitMap), s)
}

func main() {
	runtime.GC()
	setup()
	runtime.GC()
	churn(5)
	runtime.GC()
	verify()
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
