// Go 1.19's test/recover.go: recover in the basic shapes: deferred closures, method values and expressions, interface methods and their wrappers, defer recover(), large frames, recursive and nested deferred calls. The reflect tests (reflect.Value.Method, MakeFunc) are left out until reflect exists.
// The file is read in place from GOROOT and ported without its
// standard-library imports by Tests/lit/tools/goroot_port.py. Like gc's
// program, the port prints nothing and exits 0.
// RUN: %goroot-port recover.go %t.go
// RUN: %golly build -O0 -o %t0.exe %t.go
// RUN: %t0.exe 2>&1 | count 0
// RUN: %golly build -O2 -o %t2.exe %t.go
// RUN: %t2.exe 2>&1 | count 0

package main
