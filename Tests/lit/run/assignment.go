// Parallel assignment evaluates all right-hand sides first; op-assignments; blank identifier.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 1
// CHECK-NEXT:3 1 2
// CHECK-NEXT:4
// CHECK-NEXT:3
// CHECK-NEXT:+2.250000e+000
// CHECK-NOT:{{.}}

package main

func pair() (int, int) {
	return 3, 4
}

func main() {
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	_, w := pair()
	println(w)
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 4
	n <<= 3
	n >>= 1
	n |= 1
	n &= 7
	n ^= 2
	println(n)
	var f float64 = 1.5
	f *= f
	println(f)
}
