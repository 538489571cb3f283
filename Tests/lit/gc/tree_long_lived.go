// A long-lived binary tree (binary-trees style, every node holding a
// distinct value) survives while many short-lived trees of every depth are
// built, checked and dropped, with collections in between; its checksum is
// verified before and after.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:long lived tree before 8191 3084797625739614834
// CHECK-NEXT:depth 4 trees 256 nodes 7936 hash -6663839620906046336
// CHECK-NEXT:depth 6 trees 64 nodes 8128 hash 7741075620732578592
// CHECK-NEXT:depth 8 trees 16 nodes 8176 hash 2652667217063002824
// CHECK-NEXT:depth 10 trees 4 nodes 8188 hash 6640279447119857202
// CHECK-NEXT:long lived tree after 8191 3084797625739614834
// CHECK-NOT:{{.}}

package main

import "runtime"

type tree struct {
	left, right *tree
	v           int
}

func bottomUp(depth, v int) *tree {
	if depth <= 0 {
		return &tree{nil, nil, v}
	}
	return &tree{bottomUp(depth-1, 2*v), bottomUp(depth-1, 2*v+1), v}
}

func (t *tree) check() (int, int) {
	if t.left == nil {
		return 1, t.v
	}
	ln, lh := t.left.check()
	rn, rh := t.right.check()
	return 1 + ln + rn, (lh*31+t.v)*17 + rh
}

func main() {
	const minDepth = 4
	const maxDepth = 12
	long := bottomUp(maxDepth, 1)
	n, h := long.check()
	println("long lived tree before", n, h)
	runtime.GC()
	for d := minDepth; d <= maxDepth-2; d += 2 {
		iterations := 1 << uint(maxDepth-d)
		total, hash := 0, 0
		for i := 0; i < iterations; i++ {
			c, x := bottomUp(d, i).check()
			total += c
			hash = hash*7 + x
		}
		println("depth", d, "trees", iterations, "nodes", total, "hash", hash)
		runtime.GC()
	}
	churn(3)
	runtime.GC()
	n, h = long.check()
	println("long lived tree after", n, h)
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
