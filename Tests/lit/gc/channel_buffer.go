// The only references to lists, slices, strings, maps, struct values with
// pointer fields, interface values and inner channels are the elements in
// buffered channels' buffers; main collects and allocates garbage, then
// drains every channel and verifies what it receives.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:lists 3153516485487778504
// CHECK-NEXT:slices 7067297042877158412
// CHECK-NEXT:strings -2086730703111600577
// CHECK-NEXT:maps 32983284847
// CHECK-NEXT:pairs -5965518792101663236
// CHECK-NEXT:interfaces -6893840710134351782
// CHECK-NEXT:nested -8604919910903767408
// CHECK-NOT:{{.}}

package main

import "runtime"

type pair struct {
	l *node
	s string
	n int
}

type chans struct {
	lists  chan *node
	slices chan []int
	strs   chan string
	maps   chan map[int]string
	pairs  chan pair
	ifaces chan interface{}
	nested chan chan *node
}

func fill() chans {
	var c chans
	c.lists = make(chan *node, 100)
	for i := 0; i < 100; i++ {
		c.lists <- buildList(10, i*100)
	}
	c.slices = make(chan []int, 50)
	for i := 0; i < 50; i++ {
		s := make([]int, 100)
		for j := range s {
			s[j] = i*1000 + j
		}
		c.slices <- s
	}
	c.strs = make(chan string, 100)
	for i := 0; i < 100; i++ {
		c.strs <- "s-" + itoa(i*i)
	}
	c.maps = make(chan map[int]string, 10)
	for i := 0; i < 10; i++ {
		m := make(map[int]string)
		for j := 0; j < 100; j++ {
			m[j] = itoa(i*j + 1)
		}
		c.maps <- m
	}
	c.pairs = make(chan pair, 64)
	for i := 0; i < 64; i++ {
		c.pairs <- pair{buildList(5, i), "pair-" + itoa(i), i}
	}
	c.ifaces = make(chan interface{}, 40)
	for i := 0; i < 10; i++ {
		c.ifaces <- buildList(4, i)
		c.ifaces <- "iface-" + itoa(i)
		c.ifaces <- pair{buildList(3, i*3), itoa(i * 5), i}
		c.ifaces <- []int{i, i * 2, i * 3}
	}
	c.nested = make(chan chan *node, 4)
	for i := 0; i < 4; i++ {
		inner := make(chan *node, 10)
		for j := 0; j < 10; j++ {
			inner <- buildList(20, i*100+j)
		}
		c.nested <- inner
	}
	return c
}

func drain(c chans) {
	h := 0
	for i := 0; i < 100; i++ {
		n, x := listSum(<-c.lists)
		h = h*3 + n + x
	}
	println("lists", h)
	h = 0
	for i := 0; i < 50; i++ {
		for _, v := range <-c.slices {
			h = h*5 + v
		}
	}
	println("slices", h)
	h = 0
	for i := 0; i < 100; i++ {
		h = h*7 + strHash(<-c.strs)
	}
	println("strings", h)
	h = 0
	for i := 0; i < 10; i++ {
		m := <-c.maps
		for k, v := range m {
			h += k * strHash(v)
		}
		h += len(m)
	}
	println("maps", h)
	h = 0
	for i := 0; i < 64; i++ {
		p := <-c.pairs
		n, x := listSum(p.l)
		h = h*11 + n + x + strHash(p.s) + p.n
	}
	println("pairs", h)
	h = 0
	for i := 0; i < 40; i++ {
		switch v := (<-c.ifaces).(type) {
		case *node:
			_, x := listSum(v)
			h = h*13 + x
		case string:
			h = h*13 + strHash(v)
		case pair:
			_, x := listSum(v.l)
			h = h*13 + x + strHash(v.s) + v.n
		case []int:
			h = h*13 + v[0] + v[1] + v[2] + len(v)
		}
	}
	println("interfaces", h)
	h = 0
	for i := 0; i < 4; i++ {
		inner := <-c.nested
		for j := 0; j < 10; j++ {
			n, x := listSum(<-inner)
			h = h*17 + n + x
		}
	}
	println("nested", h)
}

func main() {
	c := fill()
	runtime.GC()
	churn(5)
	runtime.GC()
	drain(c)
}
