// runtime.Stack (the caller's goroutine, from the caller of Stack, frames
// as tracebacks show them: no runtime helpers), runtime.NumCPU and
// runtime.MemProfileRate (0: no memory profile, as gc's program that never
// reads one). Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true true true
// CHECK-NEXT:true 0
package main

import (
	"fmt"
	"runtime"
	"strings"
)

//go:noinline
func f() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func main() {
	s := f()
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\nmain.f("), strings.Contains(s, "\nmain.main("),
		!strings.Contains(s, "run_main"))
	fmt.Println(runtime.NumCPU() >= 1, runtime.MemProfileRate)
}
