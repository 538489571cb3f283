// A function declared without a body that nothing defines (in the standard
// library: an assembly function or runtime hook golly lacks) is reported
// as not supported, exit 1 and no executable, not as a failed link.
// RUN: rm -f %t.exe
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s
// RUN: not test -e %t.exe
//
// CHECK: golly does not support runtime.noSuchHook yet (a function without a body that golly's runtime does not define)
// CHECK-NOT: internal compiler error
package main

import _ "unsafe"

//go:linkname hook runtime.noSuchHook
func hook()

func main() { hook() }
