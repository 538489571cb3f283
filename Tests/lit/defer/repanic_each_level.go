// Every frame of a recursion recovers and panics again with a new value;
// the outermost recovery ends the chain and main continues.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:level 4 caught 100
// CHECK-NEXT:level 3 caught 101
// CHECK-NEXT:level 2 caught 102
// CHECK-NEXT:level 1 caught 103
// CHECK-NEXT:level 0 caught 104
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

func level(n int) {
	defer func() {
		v := recover().(int)
		println("level", n, "caught", v)
		if n > 0 {
			panic(v + 1)
		}
	}()
	if n < 4 {
		level(n + 1)
	}
	panic(100)
}

func main() {
	level(0)
	println("done")
}
