// runtime/debug's hooks (std/runtime/debug.go): SetGCPercent paces the
// collector and returns the previous setting, ReadGCStats counts the
// collections, FreeOSMemory collects, the limits read back what was set,
// ReadBuildInfo has no module information in a golly build. Expected
// output from gc (its build info line differs and is not printed).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:100 50 -1
// CHECK-NEXT:true true
// CHECK-NEXT:1000 false true
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	a := debug.SetGCPercent(50)
	b := debug.SetGCPercent(-1)
	c := debug.SetGCPercent(100)
	fmt.Println(a, b, c)
	var before, after debug.GCStats
	debug.ReadGCStats(&before)
	for i := 0; i < 10; i++ {
		sink = make([]byte, 1<<20)
		runtime.GC()
	}
	debug.FreeOSMemory()
	debug.ReadGCStats(&after)
	fmt.Println(after.NumGC >= before.NumGC+11, len(after.Pause) > 0)
	debug.SetMaxThreads(1000)
	fmt.Println(debug.SetMaxThreads(10000), debug.SetPanicOnFault(false), debug.SetMemoryLimit(-1) > 0)
}
