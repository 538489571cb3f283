// Recursive and sequential panics with recover, from gc's test/recover1.go
// (test1, test2, test6, test7): which panic each recover sees, and where a
// deferred recover is a no-op.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:test1 inner recovered 2 want 2
// CHECK-NEXT:test1 inner second recover nil: true
// CHECK-NEXT:test1 outer recovered 1 want 1
// CHECK-NEXT:test1 outer second recover nil: true
// CHECK-NEXT:test2 first 2
// CHECK-NEXT:test2 recovered 3 want 3
// CHECK-NEXT:test2 second recover nil: true
// CHECK-NEXT:test6 recovered 3 want 3
// CHECK-NEXT:test6 second recover nil: true
// CHECK-NEXT:test7 inner recovered 3 want 3
// CHECK-NEXT:test7 inner second recover nil: true
// CHECK-NEXT:test7 outer recovered 2 want 2
// CHECK-NEXT:test7 outer second recover nil: true
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

func mustRecover(tag string, x int) {
	mustNotRecover(tag + " sub-call") // because it's not a defer call
	v := recover()
	if v == nil {
		println(tag, "missing recover")
		return
	}
	println(tag, "recovered", v.(int), "want", x)
	// the value should be gone now regardless
	println(tag, "second recover nil:", recover() == nil)
}

func mustNotRecover(tag string) {
	v := recover()
	if v != nil {
		println(tag, "spurious recover", v.(int))
	}
}

func test1() {
	// Easy nested recursive panic.
	defer mustRecover("test1 outer", 1)
	defer func() {
		defer mustRecover("test1 inner", 2)
		panic(2)
	}()
	panic(1)
}

func test2() {
	// Sequential panic.
	defer mustNotRecover("test2")
	defer func() {
		v := recover()
		println("test2 first", v.(int))
		defer mustRecover("test2", 3)
		panic(3)
	}()
	panic(2)
}

func test6() {
	defer mustNotRecover("test6")
	defer func() {
		defer recover() // like a normal call from this func
		defer mustRecover("test6", 3)
		panic(3)
	}()
	panic(2)
}

func test7() {
	// defer recover() is a no-op here: it runs called from panic,
	// not from the func.
	defer mustRecover("test7 outer", 2)
	defer func() {
		defer mustRecover("test7 inner", 3)
		defer recover()
		panic(3)
	}()
	panic(2)
}

func main() {
	test1()
	test2()
	test6()
	test7()
	println("done")
}
