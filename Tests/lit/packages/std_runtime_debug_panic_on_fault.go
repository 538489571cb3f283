// runtime/debug.SetPanicOnFault: a fault at an address that is not nil's
// panics with gc's runtime.errorAddressString (an error and runtime.Error
// with the address), which the faulting function's deferred call recovers
// with the count of bytes copied before it (Go's test/recover4.go). The
// setting is the goroutine's: a new one starts without it. Expected output
// from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:false
// CHECK-NEXT:true runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:true true
// CHECK-NEXT:runtime.errorAddressString
// CHECK-NEXT:new goroutine: false
// CHECK-NEXT:true
// CHECK-NOT:{{.}}

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

func memcopy(dst, src []byte) (n int, err error) {
	defer func() {
		if r, ok := recover().(error); ok {
			err = r
		}
	}()
	for i := 0; i < len(dst) && i < len(src); i++ {
		dst[i] = src[i]
		n++
	}
	return
}

func main() {
	fmt.Println(debug.SetPanicOnFault(true))
	size := syscall.Getpagesize()
	data, err := syscall.Mmap(-1, 0, 4*size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	if err := syscall.Mprotect(data[2*size:3*size], syscall.PROT_NONE); err != nil {
		panic(err)
	}
	n, err := memcopy(data[3:], make([]byte, len(data)))
	fmt.Println(n == 2*size-3, err)
	_, isRuntime := err.(runtime.Error)
	addr := err.(interface{ Addr() uintptr }).Addr()
	fmt.Println(isRuntime, addr == uintptr(unsafe.Pointer(&data[2*size])))
	fmt.Printf("%T\n", err)
	done := make(chan bool)
	go func() {
		fmt.Println("new goroutine:", debug.SetPanicOnFault(false))
		done <- true
	}()
	<-done
	fmt.Println(debug.SetPanicOnFault(false))
}
