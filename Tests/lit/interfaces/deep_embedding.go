// Methods promoted through many levels of embedding are in the method set
// (gc has no depth limit): a static conversion and a dynamic assertion to
// an interface both find M 20 levels down.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:42 42 true 42
// CHECK-NOT:{{.}}

package main

type I interface{ M() int }

type L0 struct{ x int }

func (l L0) M() int { return l.x + 1 }

type L1 struct{ L0 }
type L2 struct{ L1 }
type L3 struct{ L2 }
type L4 struct{ L3 }
type L5 struct{ L4 }
type L6 struct{ L5 }
type L7 struct{ L6 }
type L8 struct{ L7 }
type L9 struct{ L8 }
type L10 struct{ L9 }
type L11 struct{ L10 }
type L12 struct{ L11 }
type L13 struct{ L12 }
type L14 struct{ L13 }
type L15 struct{ L14 }
type L16 struct{ L15 }
type L17 struct{ L16 }
type L18 struct{ L17 }
type L19 struct{ L18 }
type L20 struct{ L19 }

func main() {
	var v L20
	v.x = 41
	var i I = v
	var e interface{} = v
	j, ok := e.(I)
	println(i.M(), v.M(), ok, j.M())
}
