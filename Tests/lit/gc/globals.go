// The only references to lists, slices, maps, strings and boxed values are
// package-level variables: a pointer, a slice, a map, an interface, a
// string built at run time, an array of pointers, a struct with pointer,
// map and func fields, a slice and an array of structs, and variables
// initialized by the package initializer; main collects and allocates
// garbage, then verifies them all.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
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
