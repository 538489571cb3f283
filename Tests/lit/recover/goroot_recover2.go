// Go 1.19's test/recover2.go: recovering runtime errors (index, slice, interface conversion, uncomparable and unhashable values, division) in a deferred call of a named function, matched by their error texts.
// The file is read in place from GOROOT and ported without its
// standard-library imports by Tests/lit/tools/goroot_port.py. Like gc's
// program, the port prints nothing and exits 0.
// RUN: %goroot-port recover2.go %t.go
// RUN: %golly build -O0 -o %t0.exe %t.go
// RUN: %t0.exe 2>&1 | count 0
// RUN: %golly build -O2 -o %t2.exe %t.go
// RUN: %t2.exe 2>&1 | count 0

package main
