// Deep but finite recursion works as under gc: a million frames of a
// function that adds after the call, three million of one that calls
// itself last (goroutine stacks grow to gc's 1 GB limit).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1000000 3000000
// CHECK-NEXT:1000000
// CHECK-NOT:{{.}}

package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func count(n, acc int) int {
	if n == 0 {
		return acc
	}
	return count(n-1, acc+1)
}

func main() {
	println(depth(1000000), count(3000000, 0))
	done := make(chan int)
	go func() { done <- depth(1000000) }()
	println(<-done)
}
