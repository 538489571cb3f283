// A parameter over 1 KiB (passed by address, BigAggregates.swift) through
// every compiler-made wrapper: itab wrappers for value and pointer
// receivers and promoted methods, method values and expressions, interface
// method values and expressions, and go statements. The callee gets its own
// copy: changes to it do not reach the caller's array.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:itab 16
// CHECK-NEXT:ptr itab P 8
// CHECK-NEXT:method value 16
// CHECK-NEXT:method expression 16
// CHECK-NEXT:interface method expression 16
// CHECK-NEXT:itab 16
// CHECK-NEXT:promoted 16
// CHECK-NEXT:promoted pointer P 8
// CHECK-NEXT:go 16
// CHECK-NEXT:7
// CHECK-NOT:{{.}}

package main

type Big [129]int64

type T struct{ name string }

func (t T) M(extra Big) int64 {
	v := extra[0] + extra[128]
	extra[0] = -1
	println(t.name, v)
	return v
}

func (t *T) P(extra Big) { println(t.name, "P", extra[64]) }

type I interface{ M(Big) int64 }

type J interface{ P(Big) }

type S struct{ T }

type SP struct{ *T }

var global I

// Compiled, not run (goroutines that would outlive main): go statements of
// interface methods with a large argument.
func started(b Big, j J) {
	go global.M(b)
	go j.P(b)
}

func main() {
	var b Big
	b[0], b[64], b[128] = 7, 8, 9
	var i I = T{"itab"}
	global = i
	global.M(b)
	var j J = &T{"ptr itab"}
	j.P(b)
	f := T{"method value"}.M
	f(b)
	g := (*T).M
	g(&T{"method expression"}, b)
	h := I.M
	h(T{"interface method expression"}, b)
	k := global.M
	k(b)
	var s I = S{T{"promoted"}}
	s.M(b)
	var sp J = SP{&T{"promoted pointer"}}
	sp.P(b)
	done := make(chan bool)
	go func() {
		T{"go"}.M(b)
		done <- true
	}()
	<-done
	println(b[0])
}
