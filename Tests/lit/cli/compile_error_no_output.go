// A program that does not compile leaves no executable behind, and its
// diagnostics (gc's wording and position) go to stderr with exit status 1.
// RUN: rm -f %t.exe
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: not test -e %t.exe
//
// CHECK: {{.*}}compile_error_no_output.go:13:2: undefined: nothing

package main

func main() {
	nothing()
}
