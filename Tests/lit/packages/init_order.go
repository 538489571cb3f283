// Package initialization across packages (spec: "Package
// initialization"): each package once, after the packages it imports, in
// the order of the importer's import declarations (b before a here, as gc
// 1.19 orders them), its variables by dependency, then its init functions
// in source order.
// RUN: cd %S/Inputs/order && %golly build -O0 -o %t0.exe . && %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: cd %S/Inputs/order && %golly build -O2 -o %t2.exe . && %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// Expected output: `go run .` in Inputs/order (gc 1.19).
// CHECK:init c.C
// CHECK-NEXT:c.init
// CHECK-NEXT:init b.X
// CHECK-NEXT:init b.Y
// CHECK-NEXT:b.init 1
// CHECK-NEXT:b.init 2
// CHECK-NEXT:init a.A
// CHECK-NEXT:a.init
// CHECK-NEXT:init main.M
// CHECK-NEXT:main.init 110
// CHECK-NEXT:main 103 6 7 3
// CHECK-NOT:{{.}}
