// Appending int32 and int16 elements one at a time reproduces gc 1.19's
// capacities for 4- and 2-byte elements (runtime/slice.go growslice).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:int32 1 2
// CHECK-NEXT:int32 3 4
// CHECK-NEXT:int32 5 8
// CHECK-NEXT:int32 9 16
// CHECK-NEXT:int32 17 32
// CHECK-NEXT:int32 33 64
// CHECK-NEXT:int32 65 128
// CHECK-NEXT:int32 129 256
// CHECK-NEXT:int32 257 512
// CHECK-NEXT:int32 513 864
// CHECK-NEXT:int32 865 1344
// CHECK-NEXT:int32 1345 2048
// CHECK-NEXT:int32 2049 3072
// CHECK-NEXT:int16 1 4
// CHECK-NEXT:int16 5 8
// CHECK-NEXT:int16 9 16
// CHECK-NEXT:int16 17 32
// CHECK-NEXT:int16 33 64
// CHECK-NEXT:int16 65 128
// CHECK-NEXT:int16 129 256
// CHECK-NEXT:int16 257 512
// CHECK-NEXT:int16 513 896
// CHECK-NEXT:int16 897 1344
// CHECK-NEXT:int16 1345 2048
// CHECK-NEXT:int16 2049 3072
// CHECK-NEXT:2999 2999
// CHECK-NOT:{{.}}

package main

func main() {
	var s []int32
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, int32(i))
		if cap(s) != last {
			last = cap(s)
			println("int32", len(s), cap(s))
		}
	}
	var h []int16
	last = -1
	for i := 0; i < 3000; i++ {
		h = append(h, int16(i))
		if cap(h) != last {
			last = cap(h)
			println("int16", len(h), cap(h))
		}
	}
	println(s[2999], h[2999])
}
