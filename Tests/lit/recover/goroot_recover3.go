// Go 1.19's test/recover3.go: recovering runtime errors (division by zero, nil dereferences, index out of range, type assertions) as runtime.Error values, in a deferred closure.
// The file is read in place from GOROOT and ported without its
// standard-library imports by Tests/lit/tools/goroot_port.py. Like gc's
// program, the port prints nothing and exits 0.
// RUN: %goroot-port recover3.go %t.go
// RUN: %golly build -O0 -o %t0.exe %t.go
// RUN: %t0.exe 2>&1 | count 0
// RUN: %golly build -O2 -o %t2.exe %t.go
// RUN: %t2.exe 2>&1 | count 0

package main
