// During a panic, a deferred function calls a method that panics without
// recovering, and a method called by a later deferred function tries to
// recover (nil: not called directly by the deferred function): the chain
// shows both panics, the first not recovered.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t0.out
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe > %t2.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t2.out
//
// CHECK:TryRecover got nil: true
// CHECK-NEXT:panic: main.Named(7)
// CHECK-NEXT:	panic: 10
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type Counter struct{ n int }

func (c *Counter) Check() {
	c.n++
	if c.n > 0 {
		panic(c.n * 10)
	}
}

func (c Counter) TryRecover() {
	println("TryRecover got nil:", recover() == nil)
}

type Named int

func main() {
	c := &Counter{}
	defer func() {
		c.TryRecover()
	}()
	defer func() {
		c.Check()
	}()
	panic(Named(7))
}
