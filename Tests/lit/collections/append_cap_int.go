// Appending one int at a time from a nil slice grows the capacity as gc 1.19
// does: doubling below 256 elements, then by (cap+3*256)/4, rounded up to
// the allocator's size classes (runtime/slice.go growslice, msize.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 1
// CHECK-NEXT:2 2
// CHECK-NEXT:3 4
// CHECK-NEXT:5 8
// CHECK-NEXT:9 16
// CHECK-NEXT:17 32
// CHECK-NEXT:33 64
// CHECK-NEXT:65 128
// CHECK-NEXT:129 256
// CHECK-NEXT:257 512
// CHECK-NEXT:513 848
// CHECK-NEXT:849 1280
// CHECK-NEXT:1281 1792
// CHECK-NEXT:1793 2560
// CHECK-NEXT:2561 3408
// CHECK-NEXT:3409 5120
// CHECK-NEXT:12497500
// CHECK-NOT:{{.}}

package main

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			println(len(s), cap(s))
		}
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	println(sum)
}
