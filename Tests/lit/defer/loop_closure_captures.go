// A function literal deferred in a loop (a heap record) sees the variables
// it captures, not copies: a variable declared in the loop body is a new
// variable each iteration (each deferred call sees its own), while the
// loop variable of a Go 1.19 for statement is one variable for the whole
// loop (every deferred call sees its last value). Nested loops, type
// switch variables and var declarations too.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:var decl 2
// CHECK-NEXT:switch var 1
// CHECK-NEXT:var decl 0
// CHECK-NEXT:switch var 0
// CHECK-NEXT:body var 20 loop var 3
// CHECK-NEXT:body var 10 loop var 3
// CHECK-NEXT:body var 0 loop var 3
// CHECK-NEXT:nested 2 2
// CHECK-NEXT:nested 2 2
// CHECK-NEXT:nested 2 1
// CHECK-NEXT:5444
// CHECK-NEXT:range 1 b
// CHECK-NEXT:range 1 b
// CHECK-NOT:{{.}}

package main

func perIteration() {
	for i := 0; i < 3; i++ {
		v := i * 10
		defer func() { println("body var", v, "loop var", i) }()
	}
}

func nested() {
	for i := 0; i < 2; i++ {
		for j := 0; j < i+1; j++ {
			defer func() { println("nested", i, j) }()
		}
	}
}

func result() (r int) {
	for k := 1; k <= 3; k++ {
		defer func() { r = r*10 + k }()
	}
	return 5
}

func ranged() {
	for idx, s := range []string{"a", "b"} {
		defer func() { println("range", idx, s) }()
	}
}

func declared() {
	for i := 0; i < 2; i++ {
		var x interface{} = i
		switch v := x.(type) {
		case int:
			defer func() { println("switch var", v) }()
		}
		var w int = i * 2
		defer func() { println("var decl", w) }()
	}
}

func main() {
	declared()
	perIteration()
	nested()
	println(result())
	ranged()
}
