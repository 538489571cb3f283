// The only references to lists, strings, maps and slices are variables
// captured by closures stored in a slice of func values: per-iteration
// captures, a variable shared by two closures (one of which changes it), a
// closure capturing another closure, nested closures, and method values
// bound to heap receivers; main collects and allocates garbage, then calls
// every function.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 1998270394461419943
// CHECK-NEXT:1 -7191335865385180248
// CHECK-NEXT:2 2065801948477771177
// CHECK-NEXT:3 -7123804311368829014
// CHECK-NEXT:4 2133333502494122411
// CHECK-NEXT:5 -7056272757352477780
// CHECK-NEXT:6 2200865056510473645
// CHECK-NEXT:7 -6988741203336126546
// CHECK-NEXT:8 2268396610526824879
// CHECK-NEXT:9 -6921209649319775312
// CHECK-NEXT:10 6042105721365
// CHECK-NEXT:11 7412321469836403888
// CHECK-NEXT:12 0
// CHECK-NEXT:13 -6319009342645506900
// CHECK-NEXT:14 2000
// CHECK-NEXT:15 -4309348674448070826
// CHECK-NEXT:16 -8148707990317342747
// CHECK-NEXT:17 -8746176071076706172
// CHECK-NOT:{{.}}

package main

import "runtime"

type list struct {
	head *node
	name string
}

func (l *list) sum() int {
	n, h := listSum(l.head)
	return n + h + strHash(l.name)
}

func (l list) valueSum() int {
	_, h := listSum(l.head)
	return h * 3
}

func build() []func() int {
	var fs []func() int
	for i := 0; i < 10; i++ {
		l := buildList(100, i*1000)
		s := "capture-" + itoa(i)
		fs = append(fs, func() int {
			_, h := listSum(l)
			return h + strHash(s)
		})
	}
	m := make(map[int]string)
	for i := 0; i < 1000; i++ {
		m[i] = itoa(i * 17)
	}
	fs = append(fs, func() int {
		h := 0
		for k, v := range m {
			h += k ^ strHash(v)
		}
		return h + len(m)
	})
	vals := make([]int, 1000)
	for i := range vals {
		vals[i] = i * 3
	}
	fs = append(fs, func() int {
		h := 0
		for _, v := range vals[100:900] {
			h = h*7 + v
		}
		return h
	})
	shared := buildList(1000, 1)
	fs = append(fs, func() int {
		shared = buildList(1000, shared.v+5)
		return 0
	})
	fs = append(fs, func() int {
		_, h := listSum(shared)
		return h
	})
	inner := func() int {
		_, h := listSum(buildList(1, 0))
		return h + len(vals)
	}
	fs = append(fs, func() int { return inner() * 2 })
	outer := buildList(500, 42)
	mk := func() func() int {
		name := "nested-" + itoa(outer.v)
		return func() int {
			_, h := listSum(outer)
			return h + strHash(name)
		}
	}
	fs = append(fs, mk())
	fs = append(fs, (&list{buildList(1000, 8), "bound-" + itoa(8)}).sum)
	fs = append(fs, list{buildList(1000, 9), "by-value"}.valueSum)
	return fs
}

func main() {
	fs := build()
	runtime.GC()
	churn(5)
	runtime.GC()
	for i, f := range fs {
		println(i, f())
	}
}
