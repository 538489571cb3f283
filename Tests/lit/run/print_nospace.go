// print writes its operands with no separators and no newline.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:ab12true
// CHECK-NEXT:+1.000000e+000
// CHECK-NEXT:no newline at the end
// CHECK-NOT:{{.}}

package main

func main() {
	print("a", "b", 1, 2, true, "\n")
	print(1.0, "\n")
	print("no newline at the end")
}
