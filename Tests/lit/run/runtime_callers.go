// runtime.Callers fills pc with the return addresses of the calling
// goroutine's frames, skip = 0 being Callers itself: the count written,
// bounded by len(pc), and 0 when skip passes the outermost frame. (gc also
// lists the frames of inlined calls; golly lists physical frames until
// issue 13's inlining tables exist, so depths are not compared here.)
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 true true true
// CHECK-NEXT:0
// CHECK-NEXT:1 true
// CHECK-NOT:{{.}}

package main

import "runtime"

func main() {
	var pcs [3]uintptr
	n := runtime.Callers(0, pcs[:])
	println(n, pcs[0] != 0, pcs[1] != 0, pcs[2] != 0)
	println(runtime.Callers(100, pcs[:]))
	var one [1]uintptr
	println(runtime.Callers(1, one[:]), one[0] != 0)
}
