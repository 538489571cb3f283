// Large and small structs and arrays passed and returned by value among
// scalar arguments keep every field, and recursion gives each call its own
// copy of an array parameter.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:20 xy +7.500000e-001 2 5 2 1 x
// CHECK-NEXT:53
// CHECK-NEXT:3 4
// CHECK-NOT:{{.}}

package main

type Big struct {
	A, B, C, D, E int64
	S             string
	F             float32
	G             [5]int16
}

type Small struct {
	X int8
	Y int16
}

func combine(a Big, n int, b Big, s Small, f float64, s2 Small) (Big, Small) {
	a.A += b.B + int64(n) + int64(s.X) + int64(s2.Y)
	a.S += b.S
	a.F += float32(f)
	a.G[4] = s.Y
	return a, Small{s.X + s2.X, s.Y}
}

func depth(a [4]int, n int) int {
	if n == 0 {
		return a[0] + a[1] + a[2] + a[3]
	}
	a[n%4] += n
	return depth(a, n-1) + a[0]
}

func main() {
	x := Big{A: 1, B: 2, S: "x", F: 0.5}
	y := Big{B: 10, S: "y"}
	r, s := combine(x, 3, y, Small{1, 2}, 0.25, Small{4, 5})
	println(r.A, r.S, r.F, r.G[4], s.X, s.Y, x.A, x.S)
	println(depth([4]int{1, 2, 3, 4}, 6))
	mk := func(n int) Big { return Big{A: int64(n), G: [5]int16{4: int16(n)}} }
	println(mk(3).G[4], mk(4).A)
}
