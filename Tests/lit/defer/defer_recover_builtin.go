// `defer recover()` inside a deferred function stops the panic, since the
// deferred recover runs on behalf of that deferred function (gc's
// test/recover1.go test5); the outer mustNotRecover then sees nil.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:test5 recover() == nil: true
// CHECK-NEXT:test5 returned
// CHECK-NEXT:no panic
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

func mustNotRecover(tag string) {
	println(tag, "recover() == nil:", recover() == nil)
}

func test5() {
	defer mustNotRecover("test5")
	defer func() {
		defer recover()
	}()
	panic(5)
}

func main() {
	test5()
	println("test5 returned")
	// Outside any panic a deferred recover is a no-op.
	func() {
		defer recover()
		println("no panic")
	}()
	println("done")
}
