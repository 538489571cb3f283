// sync.Pool drops what it holds over two collections: golly's collector
// calls the pool cleanup sync registers as each cycle starts
// (runtime/src/mgc.c, std/runtime/sema.go clearpools), as gc's gcStart
// does. Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:a
// CHECK-NEXT:b
// CHECK-NEXT:<nil>
// CHECK-NEXT:new

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	// sync.Pool drops what it holds over two collections (a victim cache),
	// as gc's collector empties pools when each cycle starts.
	var p sync.Pool
	p.Put("a")
	fmt.Println(p.Get())
	p.Put("b")
	runtime.GC()
	fmt.Println(p.Get()) // still there: moved to the victim cache
	p.Put("c")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get())
	p.New = func() any { return "new" }
	fmt.Println(p.Get())
}
