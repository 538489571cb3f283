// examples/hello.go, the program `make demo` runs, keeps working (output
// observed from gc).
// RUN: %golly run %S/../../../examples/hello.go 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:hello, world
// CHECK-NEXT:1 + 2 + ... + 10 = 55
// CHECK-NOT:{{.}}

package main
