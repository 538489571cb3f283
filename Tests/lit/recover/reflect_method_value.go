// recover matrix (Tests/lit/tools/gen_recover_matrix.py): a method value made by reflect: m := reflect.ValueOf(t).Method(0).Interface().(func(int)); defer m(0);
// every mode of gen_recover_matrix.py.
// The program is written at test time: gen_recover_matrix.py --program reflect_method_value modes.
// RUN: python3 %S/../tools/gen_recover_matrix.py --program reflect_method_value modes %t.go
// RUN: %golly build -O0 -o %t0.exe %t.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %t.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:direct direct
// CHECK-NEXT:outer nil
// CHECK-NEXT:heap heap
// CHECK-NEXT:outer nil
// CHECK-NEXT:helper nil
// CHECK-NEXT:outer deeper
// CHECK-NEXT:recursive depth 1 nil
// CHECK-NEXT:outer recursive
// CHECK-NEXT:recursive depth 1 nil
// CHECK-NEXT:recursive depth 0 recursive_then
// CHECK-NEXT:outer nil
// CHECK-NEXT:repanic second
// CHECK-NEXT:outer nil
// CHECK-NEXT:goexit nil
// CHECK-NEXT:goexit_panic during goexit
// CHECK-NOT:{{.}}

package main
