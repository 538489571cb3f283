// A module of three packages built by pattern: the command imports a
// package of its module and an internal one; exported functions, methods
// on pointer and value receivers, package variables read and written from
// another package, constants, an error type asserted across packages,
// interfaces satisfied by another package's types, func values of
// another package's functions, initializers and init in dependency order.
// RUN: cd %S/Inputs/shop && %golly build -O0 -o %t0.exe . && %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: cd %S/Inputs/shop && %golly build -O2 -o %t2.exe . && %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: cd %S/Inputs/shop/inventory && %golly build -o %t3.exe example.com/shop && %t3.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// Expected output: `go run .` in Inputs/shop (gc 1.19).
// CHECK:inventory: init, prices for 2 items
// CHECK-NEXT:apples: 100 max 100
// CHECK-NEXT:error: out of stock: pear
// CHECK-NEXT:have 0 of pear
// CHECK-NEXT:took 30, left 70
// CHECK-NEXT:via interface: 70
// CHECK-NEXT:price: 1.35 3.60
// CHECK-NEXT:-12.34 3 1
// CHECK-NEXT:0.90 7
// CHECK-NEXT:recovered: out of stock: kiwi
// CHECK-NOT:{{.}}
