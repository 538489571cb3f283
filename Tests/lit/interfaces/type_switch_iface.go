// A type switch matches interface-type cases by method set, in source
// order; a multi-type case binds the switch operand's type, and the nil
// case matches only a nil interface (Go spec, Type switches).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:nil true
// CHECK-NEXT:stringer alice
// CHECK-NEXT:lener 3
// CHECK-NEXT:default
// CHECK-NEXT:int-or-num true
// CHECK-NEXT:int-or-num false
// CHECK-NEXT:collection
// CHECK-NEXT:collection
// CHECK-NEXT:default
// CHECK-NEXT:nil true
// CHECK-NEXT:stringer-or-nil false
// CHECK-NEXT:stringer-or-nil true
// CHECK-NEXT:buf false
// CHECK-NEXT:buf true
// CHECK-NOT:{{.}}

package main

type Stringer interface {
	String() string
}

type Lener interface {
	Len() int
}

type Name string

func (n Name) String() string { return string(n) }
func (n Name) Len() int       { return len(n) }

type Buf struct{ b []byte }

func (b *Buf) Len() int { return len(b.b) }

type Num int

//go:noinline
func classify(x interface{}) {
	switch v := x.(type) {
	case nil:
		println("nil", v == nil)
	case Stringer:
		// Name is also a Lener, but the first matching case wins.
		println("stringer", v.String())
	case Lener:
		println("lener", v.Len())
	case int, Num:
		// v has the type of x here: interface{}.
		_, isInt := v.(int)
		println("int-or-num", isInt)
	case []int, map[int]int:
		println("collection")
	default:
		println("default")
	}
}

//go:noinline
func fromLener(l Lener) {
	switch v := l.(type) {
	case Stringer, nil:
		println("stringer-or-nil", v == nil)
	case *Buf:
		println("buf", v == nil)
	}
}

func main() {
	classify(nil)
	classify(Name("alice"))
	classify(&Buf{[]byte("xyz")})
	classify(Buf{})
	classify(3)
	classify(Num(4))
	classify([]int{1})
	classify(map[int]int{})
	classify("str")
	var s Stringer
	classify(s)
	fromLener(Name("bob"))
	fromLener(nil)
	fromLener(&Buf{make([]byte, 5)})
	var nb *Buf
	fromLener(nb)
}
