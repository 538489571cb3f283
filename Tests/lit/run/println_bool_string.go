// println of bools and strings, and the spaces it puts between operands.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:true false false false true
// CHECK-NEXT:a  b
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT:tab	and "quotes" 120
// CHECK-NEXT:mixed 1 true +2.500000e+000 end
// CHECK-NOT:{{.}}

package main

func main() {
	t, f := true, false
	println(t, f, !t, t && f, t || f)
	println("a", "", "b")
	println("")
	println()
	println("tab\tand \"quotes\"", 'x')
	println("mixed", 1, true, 2.5, "end")
}
