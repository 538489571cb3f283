// T's itab and *T's share the wrapper main.(*T).M: once a T has been
// converted, a nil *T in an interface must still panic with gc's panicwrap
// text when its value method is called (gc's reflectdata.methodWrapper).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %expect-exit 2 %t2.exe
//
// CHECK:7
// CHECK-NEXT:panic: value method main.T.M called using nil *T pointer
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type I interface{ M() int }
type T struct{ x int }

func (t T) M() int { return 7 }

//go:noinline
func call(i I) int { return i.M() }

func main() {
	println(call(T{1}))
	var p *T
	println(call(p))
	println("not reached")
}
