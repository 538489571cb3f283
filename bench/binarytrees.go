// Allocation-heavy: binary trees (the benchmarks game's binary-trees, one
// goroutine). golly has no collector yet, so its peak memory is reported
// beside the times.
package main

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth, maxDepth = 4, 16
	long := bottomUp(maxDepth)
	total := 0
	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << (maxDepth - d + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(d).check()
		}
		total += check
		println(iterations, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", long.check(), "total", total)
}
