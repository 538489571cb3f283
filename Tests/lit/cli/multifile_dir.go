// `golly build DIR` compiles the package of every .go file in DIR; variables
// initialize in dependency order across files, init functions run in file
// order (spec: Package initialization). Expected output observed from
// `go run a.go b.go` in Inputs/multifile.
// RUN: cd %S/Inputs/multifile && %golly build -o %t.exe .
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:seed in b.go
// CHECK-NEXT:init in a.go 42 21
// CHECK-NEXT:init in b.go
// CHECK-NEXT:main the answer
// CHECK-NOT:{{.}}

package main
