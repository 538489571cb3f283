// Only a frame whose deferred call can recover gets a resume point (LLVM's
// builtin setjmp into the record): a deferred function stops a panic only
// by calling recover itself (spec: "Handling panics"). Deferred literals,
// functions and methods without their own recover() leave the record's pc
// 0; func values, `defer recover()` and callers of recover get one.
// RUN: %golly build -O0 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
//
// CHECK-LABEL: define void @main.none(
// CHECK-NOT: @llvm.eh.sjlj.setjmp
// CHECK-LABEL: define void @main.nested(
// CHECK-NOT: @llvm.eh.sjlj.setjmp
// CHECK-LABEL: define void @main.literal(
// CHECK: notail call i32 @llvm.eh.sjlj.setjmp(
// CHECK-LABEL: define void @main.declared(
// CHECK: notail call i32 @llvm.eh.sjlj.setjmp(
// CHECK-LABEL: define void @main.method(
// CHECK: notail call i32 @llvm.eh.sjlj.setjmp(
// CHECK-LABEL: define void @main.value(
// CHECK: notail call i32 @llvm.eh.sjlj.setjmp(
// CHECK-LABEL: define void @main.builtin(
// CHECK: notail call i32 @llvm.eh.sjlj.setjmp(

package main

type T struct{}

func (T) fix() { println(recover() != nil) }

func handler() { recover() }

func quiet() { println("quiet") }

func none() {
	defer quiet()
	defer func() { println("no recover") }()
	panic("none")
}

// A recover inside a literal that the deferred function calls is not
// called by the deferred function itself: it returns nil.
func nested() {
	defer func() {
		func() { println(recover() == nil) }()
	}()
}

func literal() {
	defer func() { recover() }()
	panic("literal")
}

func declared() {
	defer handler()
	panic("declared")
}

func method() {
	defer T{}.fix()
	panic("method")
}

func value(f func()) {
	defer f()
}

func builtin() {
	defer recover()
}

func main() {
	literal()
	declared()
	method()
	nested()
	value(handler)
	builtin()
	none()
}
