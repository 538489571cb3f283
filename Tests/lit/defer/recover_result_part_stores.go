// A store to a field or element of a named result made before a panic that a
// deferred call recovers is part of what the function returns (spec:
// "Handling panics": the function returns its results' current values): for
// structs, arrays, structs over 1 KiB, in methods, before a panic in an
// inlined callee, and before a return whose later-deferred call panics.
// LLVM must not drop such a store as dead before a call that does not return.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:5
// CHECK-NEXT:7 3
// CHECK-NEXT:2
// CHECK-NEXT:1 2 3 0
// CHECK-NEXT:9
// CHECK-NOT:{{.}}

package main

type S struct{ a, b int }

type Big struct {
	x   int
	pad [200]int
	y   int
}

func field() (s S) {
	defer func() { recover() }()
	s.a = 1
	panic("x")
}

func element() (r [3]int) {
	defer func() { recover() }()
	r[1] = 5
	panic("x")
}

func large() (b Big) {
	defer func() { recover() }()
	b.y = 7
	b.pad[100] = 3
	panic("x")
}

type T struct{}

func (T) method() (s S) {
	defer func() { recover() }()
	s.b = 2
	panic("x")
}

func mayPanic(i int) {
	if i == 2 {
		panic(i)
	}
}

func inLoop() (r [4]int) {
	defer func() { recover() }()
	for i := 0; i < 4; i++ {
		r[i] = i + 1
		mayPanic(i)
	}
	return
}

func late() { panic("late") }

func afterReturn() (s S) {
	defer func() { recover() }()
	defer late()
	s.b = 9
	return
}

func main() {
	println(field().a)
	println(element()[1])
	b := large()
	println(b.y, b.pad[100])
	println(T{}.method().b)
	r := inLoop()
	println(r[0], r[1], r[2], r[3])
	println(afterReturn().b)
}
