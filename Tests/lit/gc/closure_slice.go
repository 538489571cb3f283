// The only references to lists, strings, maps and slices are variables
// captured by closures stored in a slice of func values: per-iteration
// captures, a variable shared by two closures (one of which changes it), a
// closure capturing another closure, nested closures, and method values
// bound to heap receivers; main collects and allocates garbage, then calls
// every function.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
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
