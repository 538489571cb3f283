// //go:linkname in both directions: a package's bodyless function (with an
// assembly file beside it, as gc requires) is defined by another package
// under its symbol; a command pulls one of its own functions by symbol; a
// variable renamed. Expected output: `go run .` in Inputs/linkname.
// RUN: cd %S/Inputs/linkname && %golly build -O0 -o %t0.exe . && %t0.exe 2>&1 | FileCheck %s --match-full-lines
// RUN: cd %S/Inputs/linkname && %golly build -O2 -o %t2.exe . && %t2.exe 2>&1 | FileCheck %s --match-full-lines
// RUN: cd %S/Inputs/linkname && %golly build -S -o - ./impl | FileCheck %s --check-prefix=IR
//
// CHECK:42 7 42
// CHECK-NOT:{{.}}
// IR-DAG: define {{.*}}@"example.com/ln/hooks.hook"(
// IR-DAG: @"example.com/ln/impl.renamedTotal" = {{.*}}global i64
