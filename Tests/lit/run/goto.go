// goto: a backward loop and a forward jump out of a block (spec: Goto statements).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:i = 0
// CHECK-NEXT:i = 1
// CHECK-NEXT:i = 2
// CHECK-NEXT:n = 5
// CHECK-NOT:{{.}}

package main

func main() {
	i := 0
loop:
	if i < 3 {
		println("i =", i)
		i++
		goto loop
	}
	n := 0
	for {
		n++
		if n == 5 {
			goto done
		}
	}
done:
	println("n =", n)
}
