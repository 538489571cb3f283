// A variable declared in a loop body is a new variable in every iteration
// (Go spec: "Short variable declarations"): a pointer to it kept past the
// iteration sees that iteration's value, so it cannot share a frame slot
// with later iterations; a pointer that dies with the iteration can.
// The report lines are the ones gc's -m prints; OUT is gc's program output.
// RUN: %golly build -d=escape -o %t.exe %s 2>&1 | FileCheck %s --implicit-check-not=moved
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
//
// CHECK: loop_pointer.go:18:3: moved to heap: u
// OUT: 0 2 2 3

package main

func main() {
	var first, last *int
	total := 0
	for i := 0; i < 3; i++ {
		u := i
		if i == 0 {
			first = &u
		}
		last = &u
		q := &u
		*q += 0
		total += *q
	}
	println(*first, *last, *last-*first, total)
}
