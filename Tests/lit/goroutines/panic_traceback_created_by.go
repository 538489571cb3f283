// A panic in a goroutine: its traceback shows the goroutine's frames, the
// calls inlined there as `(...)` frames without offset, not the thunk the
// go statement calls through (main.main.gowrap1, hidden as gc hides its
// wrappers), and ends with `created by` and the go statement's line
// (runtime/src/traceback.c). Expected frames from gc (its goroutine
// number and argument words are its own).
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t0.out
//
// CHECK:panic: runtime error: index out of range [3] with length 0
// CHECK-EMPTY:
// CHECK-NEXT:goroutine {{[0-9]+}} [running]:
// CHECK-NEXT:main.(*W).run({{.*}})
// CHECK-NEXT:	{{/.*}}/panic_traceback_created_by.go:32{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.worker({{.*}})
// CHECK-NEXT:	{{/.*}}/panic_traceback_created_by.go:36 +0x{{[0-9a-f]+}}
// CHECK-NEXT:created by main.main
// CHECK-NEXT:	{{/.*}}/panic_traceback_created_by.go:41 +0x{{[0-9a-f]+}}
// CHECK-NOT:{{.}}

package main

import "time"

type W struct{ n []int }

func (w *W) run(i int) {
	_ = w.n[i]
}

func worker(w *W) {
	w.run(3)
}

func main() {
	w := &W{}
	go worker(w)
	time.Sleep(time.Second)
}
