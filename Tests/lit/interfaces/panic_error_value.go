// An unrecovered panic with a value implementing error prints v.Error()
// (Go spec, Handling panics; runtime printpanicval).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:panic: my error
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type MyErr struct {
	code int
}

func (e *MyErr) Error() string {
	return "my error"
}

//go:noinline
func fail(code int) {
	var err error = &MyErr{code}
	panic(err)
}

func main() {
	println("before")
	fail(3)
	println("not reached")
}
