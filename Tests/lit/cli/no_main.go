// Package main without func main type-checks (-S still writes its IR), but
// an executable needs main.main: golly stops with gc's linker message and
// exit status 1, leaving no executable.
// RUN: rm -f %t.exe
// RUN: %golly build -S -o %t.ll %s
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: not test -e %t.exe
//
// CHECK: runtime.main_main·f: function main is undeclared in the main package

package main

func helper() int { return 1 }
