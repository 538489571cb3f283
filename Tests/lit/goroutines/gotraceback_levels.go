// GOTRACEBACK (runtime/src/traceback.c golly_traceback_level, gc's
// runtime1.go): none prints no goroutine after the panic, single (the
// default) the panicking one, all every goroutine of the program by id, a
// goroutine that has not run yet at its function's line, each with its
// `created by`. A deadlock (a fatal error) shows every goroutine, as gc's
// throw does. Expected frames from gc (its goroutine numbers and argument
// words are its own).
// RUN: %golly build -o %t.exe %s
// RUN: env GOTRACEBACK=none %expect-exit 2 %t.exe > %t.none 2>&1
// RUN: FileCheck %s --check-prefix=NONE --match-full-lines --strict-whitespace < %t.none
// RUN: %expect-exit 2 %t.exe > %t.single 2>&1
// RUN: FileCheck %s --check-prefix=SINGLE --match-full-lines --strict-whitespace < %t.single
// RUN: env GOTRACEBACK=all %expect-exit 2 %t.exe > %t.all 2>&1
// RUN: FileCheck %s --check-prefix=ALL --match-full-lines --strict-whitespace < %t.all
// RUN: env DEADLOCK=1 %expect-exit 2 %t.exe > %t.dead 2>&1
// RUN: FileCheck %s --check-prefix=DEAD --match-full-lines --strict-whitespace < %t.dead
//
// NONE:panic: boom
// NONE-NOT:{{.}}
//
// SINGLE:panic: boom
// SINGLE-EMPTY:
// SINGLE-NEXT:goroutine 1 [running]:
// SINGLE-NEXT:main.f({{.*}})
// SINGLE-NEXT:	{{/.*}}/gotraceback_levels.go:62{{( \+0x[0-9a-f]+)?}}
// SINGLE-NEXT:main.main({{.*}})
// SINGLE-NEXT:	{{/.*}}/gotraceback_levels.go:71 +0x{{[0-9a-f]+}}
// SINGLE-NOT:{{.}}
//
// ALL:panic: boom
// ALL-EMPTY:
// ALL-NEXT:goroutine 1 [running]:
// ALL-NEXT:main.f({{.*}})
// ALL-NEXT:	{{/.*}}/gotraceback_levels.go:62{{( \+0x[0-9a-f]+)?}}
// ALL-NEXT:main.main({{.*}})
// ALL-NEXT:	{{/.*}}/gotraceback_levels.go:71 +0x{{[0-9a-f]+}}
// ALL-EMPTY:
// ALL-NEXT:goroutine {{[0-9]+}} [runnable]:
// ALL-NEXT:main.main.func2({{.*}})
// ALL-NEXT:	{{/.*}}/gotraceback_levels.go:70
// ALL-NEXT:created by main.main
// ALL-NEXT:	{{/.*}}/gotraceback_levels.go:70 +0x{{[0-9a-f]+}}
// ALL-NOT:{{.}}
//
// DEAD:fatal error: all goroutines are asleep - deadlock!
// DEAD-EMPTY:
// DEAD-NEXT:goroutine 1 [chan receive]:
// DEAD-NEXT:main.main({{.*}})
// DEAD-NEXT:	{{/.*}}/gotraceback_levels.go:68 +0x{{[0-9a-f]+}}
// DEAD-EMPTY:
// DEAD-NEXT:goroutine {{[0-9]+}} [chan receive]:
// DEAD-NEXT:main.main.func1({{.*}})
// DEAD-NEXT:	{{/.*}}/gotraceback_levels.go:67 +0x{{[0-9a-f]+}}
// DEAD-NEXT:created by main.main
// DEAD-NEXT:	{{/.*}}/gotraceback_levels.go:67 +0x{{[0-9a-f]+}}
// DEAD-NOT:{{.}}

package main

import "os"

func f() { panic("boom") }

func main() {
	if os.Getenv("DEADLOCK") != "" {
		ch := make(chan int)
		go func() { <-ch }()
		<-ch
	}
	go func() {}()
	f()
}
