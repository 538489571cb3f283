// `defer recover()`: recover is itself the deferred function, so it is not
// called by a deferred function and returns nil in the frame that panics; in
// a deferred function's own `defer recover()`, the frame it checks is that
// function's, which the panic called directly (gc's ORECOVERFP): it stops
// the panic. Also in a heap record, a method, a recursive frame and Goexit.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panicking frame: outer in panicking frame
// CHECK-NEXT:deferred function: returned
// CHECK-NEXT:deferred function: outer true
// CHECK-NEXT:heap record: returned
// CHECK-NEXT:heap record: outer true
// CHECK-NEXT:method: returned
// CHECK-NEXT:method: outer true
// CHECK-NEXT:pointer method: returned
// CHECK-NEXT:pointer method: outer true
// CHECK-NEXT:interface method: returned
// CHECK-NEXT:interface method: outer true
// CHECK-NEXT:one call deeper: outer one call deeper
// CHECK-NEXT:recursive call: outer in recursive call
// CHECK-NEXT:goexit: deferred call ran
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

func show(what string, r interface{}) {
	if s, ok := r.(string); ok {
		println(what, s)
	} else {
		println(what, r == nil)
	}
}

func outer(name string, f func()) {
	defer func() { show(name+": outer", recover()) }()
	f()
	println(name + ": returned")
}

func inPanickingFrame() {
	defer recover()
	panic("in panicking frame")
}

func inDeferredFunction() {
	defer func() {
		defer recover()
	}()
	panic("in deferred function")
}

func inHeapRecord() {
	defer func() {
		for i := 0; i < 2; i++ {
			defer recover()
		}
	}()
	panic("in heap record")
}

type T struct{}

func (T) Stop() {
	defer recover()
}

func (t *T) StopPtr() {
	defer recover()
}

func inMethod() {
	var t T
	defer t.Stop()
	panic("in method")
}

func inPointerMethod() {
	t := &T{}
	defer t.StopPtr()
	panic("in pointer method")
}

type I interface{ Stop() }

func inInterfaceMethod() {
	var i I = T{}
	defer i.Stop()
	panic("in interface method")
}

func deeper() {
	defer recover()
}

func oneCallDeeper() {
	defer func() { deeper() }()
	panic("one call deeper")
}

func recursive(n int) {
	if n > 0 {
		recursive(n - 1)
		return
	}
	defer recover()
}

func inRecursiveCall() {
	defer recursive(1)
	panic("in recursive call")
}

func duringGoexit() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() {
			defer recover()
			println("goexit: deferred call ran")
		}()
		runtime.Goexit()
	}()
	<-done
}

func main() {
	outer("panicking frame", inPanickingFrame)
	outer("deferred function", inDeferredFunction)
	outer("heap record", inHeapRecord)
	outer("method", inMethod)
	outer("pointer method", inPointerMethod)
	outer("interface method", inInterfaceMethod)
	outer("one call deeper", oneCallDeeper)
	outer("recursive call", inRecursiveCall)
	duringGoexit()
	println("done")
}
