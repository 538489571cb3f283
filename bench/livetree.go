// An allocation-heavy program with a large live set: a tree of a million
// nodes stays reachable (a cache, an index) while some 1.5 GB of
// short-lived trees and slices come and go. It measures what a collector
// costs when every collection must mark a big heap: gc's pacing (GOGC=100)
// lets the heap grow to twice the live set between collections.
package main

type node struct {
	left, right *node
	value       int
}

func build(depth, value int) *node {
	if depth == 0 {
		return &node{value: value}
	}
	return &node{build(depth-1, 2*value), build(depth-1, 2*value+1), value}
}

func (n *node) sum() int {
	if n.left == nil {
		return n.value
	}
	return n.value + n.left.sum() + n.right.sum()
}

func main() {
	live := build(20, 1)
	total := 0
	for i := 0; i < 2000; i++ {
		t := build(12, i)
		total += t.sum() % 1000003
		buf := make([]int, 1000+i%5000)
		for j := range buf {
			buf[j] = i + j
		}
		total += buf[len(buf)-1]
	}
	println(live.sum(), total)
}
