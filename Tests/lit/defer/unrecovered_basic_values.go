// Unrecovered panic values of basic types, printed as gc's printpanicval
// does: a chain of panics, each raised by a deferred call while the
// previous one is running.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: 12
// CHECK-NEXT:	panic: -5
// CHECK-NEXT:	panic: 18446744073709551615
// CHECK-NEXT:	panic: +5.000000e-001
// CHECK-NEXT:	panic: -2.250000e+000
// CHECK-NEXT:	panic: 255
// CHECK-NEXT:	panic: true
// CHECK-NEXT:	panic: string value
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	var i8 int8 = -5
	var u64 uint64 = 18446744073709551615
	var f32 float32 = 0.5
	var u uintptr = 255
	defer func() { panic("string value") }()
	defer func() { panic(true) }()
	defer func() { panic(u) }()
	defer func() { panic(-2.25) }()
	defer func() { panic(f32) }()
	defer func() { panic(u64) }()
	defer func() { panic(i8) }()
	panic(12)
}
