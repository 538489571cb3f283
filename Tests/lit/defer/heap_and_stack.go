// The seed's TestDeferHeapAndStack on one goroutine (D=200, N=1000): heap
// records (defers in a loop) and stack records (top-level defers) in a deep
// recursion, with closures changing the named result and allocation while
// the records are live (garbage collections once there is a collector).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:ok 400
// CHECK-NOT:{{.}}

package main

func main() {
	const N = 1000 // iterations
	const D = 200  // stack depth
	for i := 0; i < N; i++ {
		if deferHeapAndStack(D) != 2*D {
			panic("bad result")
		}
	}
	println("ok", deferHeapAndStack(D))
}

// deferHeapAndStack(n) computes 2*n
func deferHeapAndStack(n int) (r int) {
	if n == 0 {
		return 0
	}
	if n%2 == 0 {
		// heap-allocated defers
		for i := 0; i < 2; i++ {
			defer func() {
				r++
			}()
		}
	} else {
		// stack-allocated defers
		defer func() {
			r++
		}()
		defer func() {
			r++
		}()
	}
	r = deferHeapAndStack(n - 1)
	escapeMe(new([1024]byte)) // force some GCs
	return
}

// Pass a value to escapeMe to force it to escape.
var escapeMe = func(x interface{}) {}
