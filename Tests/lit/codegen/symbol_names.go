// Functions, closures and globals carry Go's symbol names (docs/DESIGN.md §4):
// main.f, closures numbered per enclosing function as gc does (main.main.func1),
// package variables as main.NAME, init functions as main.init.N.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %llvm-as %t.ll -o %t.bc
//
// CHECK-DAG: @main.counter = {{.*}}global
// CHECK-DAG: define {{.*}} @main.f(
// CHECK-DAG: define {{.*}} @main.f.func1(
// CHECK-DAG: define {{.*}} @main.f.func2(
// CHECK-DAG: define {{.*}} @main.main(
// CHECK-DAG: define {{.*}} @main.main.func1(
// CHECK-DAG: define {{.*}} @main.init.0(
// CHECK-DAG: define {{.*}} @main.init(

package main

var counter int

func init() {
	counter = 1
}

func f(n int) int {
	g := func() int { return n + 1 }
	h := func() int { return n * 2 }
	return g() + h()
}

func main() {
	k := func(v int) int { return v + counter }
	println(f(3), k(4))
}
