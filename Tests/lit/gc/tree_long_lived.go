// A long-lived binary tree (binary-trees style, every node holding a
// distinct value) survives while many short-lived trees of every depth are
// built, checked and dropped, with collections in between; its checksum is
// verified before and after.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
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
