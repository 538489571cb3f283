// Line tables (IRGen/DebugInfo.swift, runtime/src/lineinfo.c):
// runtime.Caller's file (absolute) and line in functions, methods and one
// frame up; runtime.Callers with CallersFrames; Func.FileLine; and the
// file:line of a traceback's frame. Expected output from gc (the frame's
// arguments, `()` in gc, are golly's `(...)` still).
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
//
// CHECK:true runtime_caller_lines.go 68 true
// CHECK-NEXT:35
// CHECK-NEXT:runtime_caller_lines.go 71
// CHECK-NEXT:main.stack runtime_caller_lines.go 51
// CHECK-NEXT:main.outer runtime_caller_lines.go 64
// CHECK-NEXT:main.main runtime_caller_lines.go 72
// CHECK-NEXT:main.main runtime_caller_lines.go 73
// CHECK-NEXT:panic: assignment to entry in nil map
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.main({{.*}})
// CHECK-NEXT:	{{/.*}}/runtime_caller_lines.go:78 +0x{{[0-9a-f]+}}

package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

type T struct{}

//go:noinline
func (T) where() int {
	_, _, line, _ := runtime.Caller(0)
	return line
}

//go:noinline
func caller() (string, int) {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "", 0
	}
	return filepath.Base(file), line
}

//go:noinline
func stack() {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(f.Function, filepath.Base(f.File), f.Line)
		if !more || f.Function == "main.main" {
			break
		}
	}
}

//go:noinline
func outer() {
	stack()
}

func main() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.IsAbs(file), filepath.Base(file), line, ok)
	fmt.Println(T{}.where())
	fmt.Println(caller())
	outer()
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, line = f.FileLine(pc)
	fmt.Println(f.Name(), filepath.Base(file), line)
	var m map[string]int
	m["x"] = 1
}
