// The module's data layout makes address space 1 non-integral (ni:1), so that
// LLVM never turns GC pointers into integers and back (docs/DESIGN.md §4).
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
//
// CHECK: target datalayout = "{{.*}}-ni:1{{.*}}"
// CHECK: target triple = "x86_64{{.*}}linux{{.*}}"

package main

func main() {
	println("layout")
}
