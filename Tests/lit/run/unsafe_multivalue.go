// unsafe.Add and unsafe.Slice given one call of two results (spec: "Calls":
// f(g()) spreads g's results); this crashed the compiler.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:3
// CHECK-NEXT:3 2 4
// CHECK-NOT:{{.}}

package main

import "unsafe"

var xs = []int32{1, 2, 3, 4}

func addArgs() (unsafe.Pointer, int) { return unsafe.Pointer(&xs[0]), 8 }

func sliceArgs() (*int32, uint8) { return &xs[1], 3 }

func main() {
	println(*(*int32)(unsafe.Add(addArgs())))
	s := unsafe.Slice(sliceArgs())
	println(len(s), s[0], s[2])
}
