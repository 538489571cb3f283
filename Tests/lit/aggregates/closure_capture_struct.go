// Closures capture struct and array variables by reference: writes inside
// the closure are seen outside and vice versa; a parameter copy is not
// shared (Go spec, Function literals).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 0 1 0
// CHECK-NEXT:4 3 1 2
// CHECK-NEXT:6 9
// CHECK-NEXT:9 6
// CHECK-NEXT:ac
// CHECK-NOT:{{.}}

package main

type State struct {
	Count int
	Hist  [3]int
}

func counter() (func() int, func() State) {
	var s State
	return func() int {
			s.Hist[s.Count%3] = s.Count
			s.Count++
			return s.Count
		}, func() State {
			return s
		}
}

func main() {
	inc, snap := counter()
	inc()
	inc()
	before := snap()
	inc()
	inc()
	after := snap()
	println(before.Count, before.Hist[0], before.Hist[1], before.Hist[2])
	println(after.Count, after.Hist[0], after.Hist[1], after.Hist[2])

	pt := struct{ X, Y int }{1, 2}
	move := func(dx int) {
		pt.X += dx
	}
	move(5)
	pt.Y = 9
	show := func() {
		println(pt.X, pt.Y)
	}
	show()
	copyOf := func(p struct{ X, Y int }) int {
		p.X = 0
		return p.Y
	}
	println(copyOf(pt), pt.X)
	arr := [2]string{"a", "b"}
	func() {
		arr[1] = "c"
	}()
	println(arr[0] + arr[1])
}
