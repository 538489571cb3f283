// An init function defers calls and recovers its own panic; main then
// runs normally.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:init recovered in init
// CHECK-NEXT:init defer runs
// CHECK-NEXT:main set by init
// CHECK-NOT:{{.}}

package main

var order string

func init() {
	defer println("init defer runs")
	defer func() {
		println("init recovered", recover().(string))
		order = "set by init"
	}()
	panic("in init")
}

func main() {
	println("main", order)
}
