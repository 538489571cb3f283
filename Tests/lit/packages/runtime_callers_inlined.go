// The frames of inlined calls (runtime/src/inlineinfo.c, from the DWARF
// LLVM's inliner writes): runtime.Caller through calls inlined into one
// another; runtime.Callers and CallersFrames list one frame per logical
// call, FuncForPC naming the same function as each frame, out to gc's
// runtime.main and runtime.goexit; a goroutine's frames; a traceback
// through inlined methods, which gc prints as `(...)` frames without
// offset. The same frames at -O0 (nothing inlined) and -O2. Expected
// output from gc (runtime.main's and goexit's positions are in gc's own
// runtime: golly has none to give).
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t0.out
//
// CHECK:runtime_callers_inlined.go:54
// CHECK-NEXT:main.frames runtime_callers_inlined.go:60 true
// CHECK-NEXT:main.leaf runtime_callers_inlined.go:73 true
// CHECK-NEXT:main.middle runtime_callers_inlined.go:75 true
// CHECK-NEXT:main.main runtime_callers_inlined.go:85 true
// CHECK-NEXT:runtime.main {{.*}} true
// CHECK-NEXT:runtime.goexit {{.*}} true
// CHECK-NEXT:runtime.main {{.*}} true
// CHECK-NEXT:runtime.goexit {{.*}} true
// CHECK-NEXT:main.frames runtime_callers_inlined.go:60 true
// CHECK-NEXT:main.leaf runtime_callers_inlined.go:73 true
// CHECK-NEXT:main.middle runtime_callers_inlined.go:75 true
// CHECK-NEXT:main.main.func1 runtime_callers_inlined.go:92 true
// CHECK-NEXT:runtime.goexit {{.*}} true
// CHECK-NEXT:panic: runtime error: index out of range [5] with length 1
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.(*T).get(...)
// CHECK-NEXT:	{{/.*}}/runtime_callers_inlined.go:79{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.helper(...)
// CHECK-NEXT:	{{/.*}}/runtime_callers_inlined.go:81{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.main({{.*}})
// CHECK-NEXT:	{{/.*}}/runtime_callers_inlined.go:97 +0x{{[0-9a-f]+}}

package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}

func inner() string { return where() }

func outer() string { return inner() }

func frames(skip int) []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(skip, pcs)
	var out []string
	fr := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fr.Next()
		out = append(out, fmt.Sprintf("%s %s:%d %v", f.Function, filepath.Base(f.File), f.Line, runtime.FuncForPC(f.PC).Name() == f.Function))
		if !more {
			break
		}
	}
	return out
}

func leaf() []string { return frames(1) }

func middle() []string { return leaf() }

type T struct{ x []int }

func (t *T) get(i int) int { return t.x[i] }

func helper(t *T) int { return t.get(5) }

func main() {
	fmt.Println(outer())
	for _, f := range middle() {
		fmt.Println(f)
	}
	for _, f := range frames(3) {
		fmt.Println(f)
	}
	done := make(chan []string)
	go func() { done <- middle() }()
	for _, f := range <-done {
		fmt.Println(f)
	}
	t := &T{x: []int{1}}
	fmt.Println(helper(t))
}
