// complex128 is `{ double, double }` and complex64 `{ float, float }`, real
// part first (gc's layout); * is computed inline part by part and / calls
// runtime.complex128div, complex64 operands widened to double first.
// RUN: %golly build -O2 -S -o %t.ll %s
// RUN: FileCheck %s < %t.ll
//
// CHECK-LABEL: define { double, double } @main.mul(ptr addrspace(1) {{.*}}, { double, double } %1, { double, double } %2)
// CHECK-NOT: call
// CHECK: ret { double, double }
// CHECK-LABEL: define { float, float } @main.div(ptr addrspace(1) {{.*}}, { float, float } %1, { float, float } %2)
// CHECK: fpext float
// CHECK: call { double, double } @runtime.complex128div(double
// CHECK: fptrunc double

package main

func mul(x, y complex128) complex128 { return x * y }

func div(x, y complex64) complex64 { return x / y }

func main() { println(mul(1i, 1i), div(1, 2i)) }
