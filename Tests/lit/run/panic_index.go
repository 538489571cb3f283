// Indexing a string out of range is a runtime error panic (gc's panicIndex message).
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 2 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:99
// CHECK-NEXT:panic: runtime error: index out of range [5] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:

package main

func at(s string, i int) byte {
	return s[i]
}

func main() {
	println(at("abc", 2))
	println(at("abc", 5))
}
