// Every function is compiled with "frame-pointer"="all" (docs/DESIGN.md §4):
// tracebacks, recover's frame check and the GC's stack walk follow the
// frame-pointer chain. LEAF, MAIN and LIT pin the attribute groups of a
// function, a main and a closure;
// NOATTR finds any function definition without an attribute group.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck --check-prefix=LEAF %s < %t.ll
// RUN: FileCheck --check-prefix=MAIN %s < %t.ll
// RUN: FileCheck --check-prefix=LIT %s < %t.ll
// RUN: FileCheck --check-prefix=NOATTR %s < %t.ll
// RUN: %golly build -O2 -S -o %t.O2.ll %s
// RUN: FileCheck --check-prefix=NOATTR %s < %t.O2.ll
//
// LEAF: define {{.*}} @main.leaf({{.*}}) {{.*}}#[[ATTRS:[0-9]+]]
// LEAF: attributes #[[ATTRS]] = { {{.*}}"frame-pointer"="all"
// MAIN: define {{.*}} @main.main({{.*}}) {{.*}}#[[ATTRS:[0-9]+]]
// MAIN: attributes #[[ATTRS]] = { {{.*}}"frame-pointer"="all"
// LIT: define {{.*}} @main.main.func1({{.*}}) {{.*}}#[[ATTRS:[0-9]+]]
// LIT: attributes #[[ATTRS]] = { {{.*}}"frame-pointer"="all"
// NOATTR-NOT: {{^define [^#]*$}}

package main

func leaf(a, b int) int {
	return a*b + 1
}

func main() {
	f := func() int { return leaf(2, 3) }
	println(f())
}
