// Unrecovered panic values of named types print with the type's name, as
// gc 1.18+ does: main.T(5), main.Name("x")...
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: main.T(5)
// CHECK-NEXT:	panic: main.Name("x")
// CHECK-NEXT:	panic: main.Flag(true)
// CHECK-NEXT:	panic: main.Ratio(+1.500000e+000)
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type T int

type Name string

type Flag bool

type Ratio float64

func main() {
	defer func() { panic(Ratio(1.5)) }()
	defer func() { panic(Flag(true)) }()
	defer func() { panic(Name("x")) }()
	panic(T(5))
}
