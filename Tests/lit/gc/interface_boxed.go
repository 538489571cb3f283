// The only references to lists, strings and slices are inside interface
// values holding boxed non-pointer values: structs with pointer fields, an
// array of pointers, a string and a slice built at run time, a struct
// holding another interface, a non-empty interface with a value method;
// kept in a slice of interfaces, a local interface and a struct field while
// main collects and allocates garbage, then verified by type switches.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:slice 140 2423560030318296761
// CHECK-NEXT:local -2213702929797414847
// CHECK-NEXT:holder -867347951021648900 -328770550131968156
// CHECK-NOT:{{.}}

package main

import "runtime"

type pt struct {
	l    *node
	name string
	vals []int
}

type arr4 [4]*node

type wrap struct {
	inner interface{}
	tag   string
}

type named string

type hasher interface {
	hash() int
}

func (p pt) hash() int {
	n, h := listSum(p.l)
	v := 0
	for _, x := range p.vals {
		v = v*3 + x
	}
	return n + h + strHash(p.name) + v
}

func (a arr4) hash() int {
	h := 0
	for _, p := range a {
		_, x := listSum(p)
		h = h*5 + x
	}
	return h
}

func makeVals(n, seed int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = seed + i*i
	}
	return v
}

func makePt(i int) pt {
	return pt{buildList(100, i), "pt-" + itoa(i), makeVals(50, i)}
}

func makeArr(i int) (a arr4) {
	for j := range a {
		a[j] = buildList(50, i*10+j)
	}
	return a
}

func hashOf(v interface{}) int {
	switch x := v.(type) {
	case pt:
		return x.hash()
	case arr4:
		return x.hash()
	case string:
		return strHash(x)
	case named:
		return strHash(string(x)) * 3
	case []int:
		h := 0
		for _, y := range x {
			h = h*7 + y
		}
		return h
	case wrap:
		return hashOf(x.inner)*11 + strHash(x.tag)
	case int:
		return x
	}
	return -1
}

type holder struct {
	e interface{}
	h hasher
}

func build() ([]interface{}, interface{}, holder) {
	var s []interface{}
	for i := 0; i < 20; i++ {
		s = append(s, makePt(i))
		s = append(s, makeArr(i))
		s = append(s, "str-"+itoa(i*31))
		s = append(s, named("named-"+itoa(i)))
		s = append(s, makeVals(30, i))
		s = append(s, wrap{makePt(i + 100), "w" + itoa(i)})
		s = append(s, i*1000)
	}
	var one interface{} = wrap{wrap{makeArr(77), "in"}, "out"}
	h := holder{makePt(55), makeArr(66)}
	return s, one, h
}

func main() {
	s, one, h := build()
	runtime.GC()
	churn(5)
	runtime.GC()
	t := 0
	for _, v := range s {
		t = t*3 + hashOf(v)
	}
	println("slice", len(s), t)
	println("local", hashOf(one))
	println("holder", hashOf(h.e), h.h.hash())
}
