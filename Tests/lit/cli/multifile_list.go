// `golly build FILE...` compiles the listed files as one package, and
// `golly run FILE...` builds and runs them. Output observed from gc.
// RUN: %golly build -o %t.exe %S/Inputs/multifile/a.go %S/Inputs/multifile/b.go
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly run %S/Inputs/multifile/a.go %S/Inputs/multifile/b.go 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:seed in b.go
// CHECK-NEXT:init in a.go 42 21
// CHECK-NEXT:init in b.go
// CHECK-NEXT:main the answer
// CHECK-NOT:{{.}}

package main
