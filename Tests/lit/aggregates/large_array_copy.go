// Copying an array larger than 64 KiB as a value is not compiled yet: a
// clear error at the function, exit status 1, never a hang.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2> %t.err
// RUN: FileCheck %s < %t.err
//
// CHECK: large_array_copy.go:10:6: golly does not support copying values of arrays or structs larger than 65536 bytes yet

package main

func main() {
	var a, b [100000]int
	a[1] = 2
	b = a
	println(b[1])
}
