// gc reports a nil dereference caught by a fault with a [signal SIGSEGV ...]
// line after the panic message (runtime.printpanics, gp.sig != 0); the
// faulting pc varies, the rest is stable.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:[signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x0 pc={{0x[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func main() {
	var p *int
	println(*p)
}
