// for range over arrays, pointers to arrays and slices: the range expression
// is evaluated once, a ranged array is a copy, a slice or array pointer is
// not; forms with and without index and value, with = and labels (Go spec,
// For statements with range clause).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 2 3 4{{ }}
// CHECK-NEXT:1 2 3 40{{ }}
// CHECK-NEXT:3 4
// CHECK-NEXT:3 99
// CHECK-NEXT:3
// CHECK-NEXT:5
// CHECK-NEXT:13
// CHECK-NEXT:3
// CHECK-NEXT:deferred 1 y
// CHECK-NEXT:deferred 0 x
// CHECK-NOT:{{.}}

package main

func main() {
	a := [4]int{1, 2, 3, 4}
	for i, v := range a {
		if i == 0 {
			a[3] = 40
		}
		print(v, " ")
	}
	println()
	a[3] = 4
	for i, v := range &a {
		if i == 0 {
			a[3] = 40
		}
		print(v, " ")
	}
	println()

	s := []int{1, 2, 3}
	n := 0
	for i := range s {
		if i == 0 {
			s = append(s, 99)
		}
		n++
	}
	println(n, len(s))

	var i, v int
	for i, v = range s {
	}
	println(i, v)
	for i = range a {
	}
	println(i)
	cnt := 0
	for range [5]struct{}{} {
		cnt++
	}
	println(cnt)

	m := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	total := 0
outer:
	for _, row := range m {
		for _, x := range row {
			if x == 2 {
				continue outer
			}
			if x == 8 {
				break outer
			}
			if x%2 == 0 {
				continue
			}
			total += x
		}
	}
	println(total)

	var p *[3]int
	k := 0
	for i := range p {
		k += i
	}
	println(k)
	for idx, val := range []string{"x", "y"} {
		defer println("deferred", idx, val)
	}
}
