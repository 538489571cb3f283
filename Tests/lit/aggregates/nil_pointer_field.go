// Reading a field through a nil struct pointer panics with gc's nil
// dereference error; a deferred recover catches it, and an unrecovered one
// exits with status 2. The faulting pc varies.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:55
// CHECK-NEXT:recovered
// CHECK-NEXT:-1
// CHECK-NEXT:panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:[signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x0 pc={{0x[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

type T struct {
	A   int
	Big [10]int
}

func read(p *T) (v int) {
	defer func() {
		if recover() != nil {
			println("recovered")
			v = -1
		}
	}()
	return p.Big[5]
}

func main() {
	println(read(&T{A: 1, Big: [10]int{5: 55}}))
	println(read(nil))
	var p *T
	p.A = 3
	println("not reached")
}
