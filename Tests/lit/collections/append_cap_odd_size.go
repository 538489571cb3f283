// Elements whose size is not a power of two (3, 12, 24 and 40 bytes) get
// the capacities gc 1.19 computes by rounding the byte size up to a size class
// and dividing back (runtime/slice.go growslice).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3 1 2
// CHECK-NEXT:3 3 5
// CHECK-NEXT:3 6 10
// CHECK-NEXT:3 11 21
// CHECK-NEXT:3 22 42
// CHECK-NEXT:3 43 85
// CHECK-NEXT:3 86 170
// CHECK-NEXT:3 171 341
// CHECK-NEXT:3 342 682
// CHECK-NEXT:3 683 1066
// CHECK-NEXT:3 1067 1621
// CHECK-NEXT:3 1622 2261
// CHECK-NEXT:12 1 1
// CHECK-NEXT:12 2 2
// CHECK-NEXT:12 3 4
// CHECK-NEXT:12 5 8
// CHECK-NEXT:12 9 16
// CHECK-NEXT:12 17 32
// CHECK-NEXT:12 33 64
// CHECK-NEXT:12 65 128
// CHECK-NEXT:12 129 256
// CHECK-NEXT:12 257 512
// CHECK-NEXT:12 513 853
// CHECK-NEXT:12 854 1365
// CHECK-NEXT:12 1366 2048
// CHECK-NEXT:24 1 1
// CHECK-NEXT:24 2 2
// CHECK-NEXT:24 3 4
// CHECK-NEXT:24 5 8
// CHECK-NEXT:24 9 16
// CHECK-NEXT:24 17 32
// CHECK-NEXT:24 33 64
// CHECK-NEXT:24 65 128
// CHECK-NEXT:24 129 256
// CHECK-NEXT:24 257 512
// CHECK-NEXT:24 513 853
// CHECK-NEXT:24 854 1365
// CHECK-NEXT:24 1366 2048
// CHECK-NEXT:40 1 1
// CHECK-NEXT:40 2 2
// CHECK-NEXT:40 3 4
// CHECK-NEXT:40 5 8
// CHECK-NEXT:40 9 16
// CHECK-NEXT:40 17 32
// CHECK-NEXT:40 33 67
// CHECK-NEXT:40 68 134
// CHECK-NEXT:40 135 272
// CHECK-NEXT:40 273 544
// CHECK-NEXT:40 545 1024
// CHECK-NEXT:40 1025 1638
// CHECK-NEXT:40 1639 2252
// CHECK-NEXT:207 1999 1999 1999
// CHECK-NOT:{{.}}

package main

type B3 [3]byte

type T12 struct {
	A, B, C int32
}

type T24 struct {
	A, B, C int64
}

type T40 [5]int64

func main() {
	var a []B3
	last := -1
	for i := 0; i < 2000; i++ {
		a = append(a, B3{byte(i), 1, 2})
		if cap(a) != last {
			last = cap(a)
			println("3", len(a), cap(a))
		}
	}
	var b []T12
	last = -1
	for i := 0; i < 2000; i++ {
		b = append(b, T12{int32(i), 0, 0})
		if cap(b) != last {
			last = cap(b)
			println("12", len(b), cap(b))
		}
	}
	var c []T24
	last = -1
	for i := 0; i < 2000; i++ {
		c = append(c, T24{int64(i), 0, 0})
		if cap(c) != last {
			last = cap(c)
			println("24", len(c), cap(c))
		}
	}
	var d []T40
	last = -1
	for i := 0; i < 2000; i++ {
		d = append(d, T40{int64(i)})
		if cap(d) != last {
			last = cap(d)
			println("40", len(d), cap(d))
		}
	}
	println(a[1999][0], b[1999].A, c[1999].A, d[1999][0])
}
