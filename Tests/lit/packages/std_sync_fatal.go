// Unlocking an unlocked sync.Mutex is gc's user-level fatal error
// (sync.fatal): `fatal error: sync: unlock of unlocked mutex`, exit 2.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:before
// CHECK-NEXT:fatal error: sync: unlock of unlocked mutex
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

import "sync"

func main() {
	var mu sync.Mutex
	println("before")
	mu.Unlock()
}
