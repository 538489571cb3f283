// &T{...} and new(T) allocate a fresh variable each time; writes through
// the pointer are visible to every alias and independent between
// allocations (Go spec, Composite literals; Allocation).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 true
// CHECK-NEXT:4
// CHECK-NEXT:false true
// CHECK-NEXT:1 2
// CHECK-NEXT:15
// CHECK-NEXT:0 12 4
// CHECK-NEXT:1 20
// CHECK-NOT:{{.}}

package main

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	return head
}

func main() {
	p := new(Node)
	println(p.Val, p.Next == nil)
	p.Val = 3
	q := p
	q.Val++
	println(p.Val)

	a := &Node{Val: 1}
	b := &Node{Val: 1}
	println(a == b, *a == *b)
	b.Val = 2
	println(a.Val, b.Val)

	sum := 0
	for n := build(5); n != nil; n = n.Next {
		sum += n.Val
	}
	println(sum)

	arr := new([4]int)
	arr[3] = 12
	println(arr[0], arr[3], len(arr))
	s := &struct{ X, Y int }{1, 2}
	s.Y = 20
	println(s.X, s.Y)
}
