// sync.Cond.Wait with no goroutine left to signal: gc's deadlock error
// with the wait reason `sync.Cond.Wait`, exit 2 (the frames after the
// header name gc's source files and are not checked).
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [sync.Cond.Wait]:

package main

import "sync"

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	c.Wait()
}
