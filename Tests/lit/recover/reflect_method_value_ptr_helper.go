// recover matrix (Tests/lit/tools/gen_recover_matrix.py): a pointer method value made by reflect: m := reflect.ValueOf(p).MethodByName("P")...; defer m(0);
// the target has no recover of its own and its helper's recover returns nil, with a stack and a heap record: nothing may be inlined into the thunk or wrapper.
// The program is written at test time: gen_recover_matrix.py --program reflect_method_value_ptr helper.
// Expected output: gc's built with -gcflags=-l; gc 1.19's inliner lets a
// helper recover through its wrappers (golang/go#73916, #73920).
// RUN: python3 %S/../tools/gen_recover_matrix.py --program reflect_method_value_ptr helper %t.go
// RUN: %golly build -O0 -o %t0.exe %t.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %t.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:helper nil
// CHECK-NEXT:outer stack record
// CHECK-NEXT:helper nil
// CHECK-NEXT:outer heap record
// CHECK-NOT:{{.}}

package main
