// WaitGroup.Wait with a count no goroutine will bring to zero: the main
// goroutine parks in sync's semaphore and nothing else can run, so the
// program stops with gc's deadlock error and the wait reason gc shows,
// exit 2. The frames after its header are not checked: gc's name its
// source files, and golly's inlined sync.runtime_Semacquire into main.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:worker
// CHECK-NEXT:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [semacquire]:

package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); println("worker") }()
	wg.Wait()
	println("unreachable")
}
