// A deferred method recovers a panic and panics again with a fmt.Stringer
// value, which a deferred method of another frame recovers and re-panics
// with an error: the unrecovered chain prints each value as gc's
// printpanics does (String() and Error() applied, `[recovered]` on the
// recovered ones).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t0.out
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe > %t2.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t2.out
//
// CHECK:inner recovered: true
// CHECK-NEXT:outer recovered S(inner)
// CHECK-NEXT:panic: first [recovered]
// CHECK-NEXT:	panic: S(inner) [recovered]
// CHECK-NEXT:	panic: E two
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type S struct{ name string }

func (s S) String() string { return "S(" + s.name + ")" }

type E struct{ code int }

func (e *E) Error() string {
	if e.code == 2 {
		return "E two"
	}
	return "E other"
}

type Guard struct{ label string }

func (g Guard) Again() {
	r := recover()
	println(g.label, "recovered:", r != nil)
	panic(S{g.label})
}

func (g *Guard) AgainErr() {
	r := recover()
	if s, ok := r.(interface{ String() string }); ok {
		println(g.label, "recovered", s.String())
	}
	panic(&E{2})
}

func inner() {
	defer Guard{"inner"}.Again()
	panic("first")
}

func outer() {
	g := &Guard{"outer"}
	defer g.AgainErr()
	inner()
}

func main() {
	outer()
}
