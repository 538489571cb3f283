// Another package's interface methods called through defer and go, also
// promoted through an embedding interface and struct: dynamic calls, even
// where the package has a function of the same name (golly called that
// symbol, or failed to link). Expected output: `go run .` in Inputs/ifaces.
// RUN: cd %S/Inputs/ifaces && %golly build -O0 -o %t0.exe . && %t0.exe 2>&1 | FileCheck %s --match-full-lines
// RUN: cd %S/Inputs/ifaces && %golly build -O2 -o %t2.exe . && %t2.exe 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:deferred: body
// CHECK-NEXT:closing one
// CHECK-NEXT:closing two
// CHECK-NEXT:read 7
// CHECK-NEXT:a.Close, the function
// CHECK-NEXT:closing three
