// recover matrix (Tests/lit/tools/gen_recover_matrix.py): a method value made by reflect: m := reflect.ValueOf(t).Method(0).Interface().(func(int)); defer m(0);
// recovers, then panics again with an error nobody recovers: the chain as gc prints it.
// The program is written at test time: gen_recover_matrix.py --program reflect_method_value unrecovered.
// RUN: python3 %S/../tools/gen_recover_matrix.py --program reflect_method_value unrecovered %t.go
// RUN: %golly build -O0 -o %t0.exe %t.go
// RUN: %expect-exit 2 %t0.exe > %t0.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t0.out
// RUN: %golly build -O2 -o %t2.exe %t.go
// RUN: %expect-exit 2 %t2.exe > %t2.out 2>&1
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t2.out
//
// CHECK:recovered first
// CHECK-NEXT:panic: first [recovered]
// CHECK-NEXT:	panic: E: second
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main
