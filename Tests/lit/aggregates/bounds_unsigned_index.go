// An out-of-range index of unsigned type is reported as an unsigned number
// with the length (gc's panicIndexU), even when its top bit is set.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %expect-exit 2 %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %expect-exit 2 %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:recovered true
// CHECK-NEXT:panic: runtime error: index out of range [9223372036854775813] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

var arr [3]int

func main() {
	var u32 uint32 = 4000000000
	func() {
		defer func() {
			println("recovered", recover() != nil)
		}()
		println(arr[u32])
	}()
	var u uint = 1<<63 + 5
	println(arr[u])
}
