// Appending single bytes grows a []byte's capacity through gc 1.19's
// size classes: 8, 16, 24, 32, 48, ... (runtime/slice.go growslice).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 8
// CHECK-NEXT:9 16
// CHECK-NEXT:17 32
// CHECK-NEXT:33 64
// CHECK-NEXT:65 128
// CHECK-NEXT:129 256
// CHECK-NEXT:257 512
// CHECK-NEXT:513 896
// CHECK-NEXT:897 1408
// CHECK-NEXT:1409 2048
// CHECK-NEXT:2049 3072
// CHECK-NEXT:3073 4096
// CHECK-NEXT:4097 5376
// CHECK-NEXT:5377 6912
// CHECK-NEXT:6913 9472
// CHECK-NEXT:9473 12288
// CHECK-NEXT:12289 16384
// CHECK-NEXT:16385 21760
// CHECK-NEXT:0 255 0 31
// CHECK-NOT:{{.}}

package main

func main() {
	var s []byte
	last := -1
	for i := 0; i < 20000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			println(len(s), cap(s))
		}
	}
	println(s[0], s[255], s[256], s[19999])
}
