// Deferred closures in a loop capture the loop variable itself (one
// variable for the whole loop before Go 1.22), while arguments copy its
// value at each defer statement.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:arg 2
// CHECK-NEXT:captured 3
// CHECK-NEXT:arg 1
// CHECK-NEXT:captured 3
// CHECK-NEXT:arg 0
// CHECK-NEXT:captured 3
// CHECK-NOT:{{.}}

package main

func main() {
	for i := 0; i < 3; i++ {
		defer func() { println("captured", i) }()
		defer func(i int) { println("arg", i) }(i)
	}
}
