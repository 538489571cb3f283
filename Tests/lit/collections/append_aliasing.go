// append writes into the backing array when the capacity allows it, so
// appending to a sub-slice overwrites the parent's elements; past the capacity
// it copies to a new array and the parent is untouched (Go spec, Appending).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:a: 1 2 99 4
// CHECK-NEXT:b: 1 2 99
// CHECK-NEXT:a: 1 2 99 4
// CHECK-NEXT:6 6 6
// CHECK-NEXT:c: 1 2 99 4 5 6
// CHECK-NEXT:d: -1 2 99 4 5 6 7
// CHECK-NEXT:10 20 30 333 50
// CHECK-NEXT:333 0 3 4
// CHECK-NEXT:x: 1 30 3
// CHECK-NEXT:30 30
// CHECK-NOT:{{.}}

package main

func show(name string, s []int) {
	print(name, ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func main() {
	a := make([]int, 4, 6)
	for i := range a {
		a[i] = i + 1
	}
	b := a[:2]
	b = append(b, 99)
	show("a", a)
	show("b", b)

	c := a[:4]
	c = append(c, 5, 6)
	show("a", a)
	println(len(c), cap(c), a[:6][5])

	d := append(c, 7)
	d[0] = -1
	show("c", c)
	show("d", d)

	arr := [5]int{10, 20, 30, 40, 50}
	e := arr[1:3]
	e = append(e, 333)
	println(arr[0], arr[1], arr[2], arr[3], arr[4])
	f := arr[3:]
	f = append(f, 60)
	f[0] = 0
	println(arr[3], f[0], len(f), cap(f))

	x := []int{1, 2, 3}
	y := x[:1]
	y = append(y, 20)
	z := x[:1]
	z = append(z, 30)
	show("x", x)
	println(y[1], z[1])
}
