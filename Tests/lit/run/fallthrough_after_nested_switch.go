// A fallthrough after a switch nested in the same clause (fmt's
// printValue does this) continues with the next clause: the nested switch
// gives the outer clause its fallthrough target back.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:inner 1
// CHECK-NEXT:two 1 1
// CHECK-NEXT:medium
// CHECK-NEXT:two 1 4
// CHECK-NEXT:big
// CHECK-NEXT:medium
// CHECK-NEXT:two 1 9
// CHECK-NEXT:two 2 0
// CHECK-NEXT:default 3
// CHECK-NOT:{{.}}

package main

func f(k, d int) {
	switch k {
	case 1:
		if d == 0 {
			switch a := d + 1; a {
			case 1, 2:
				println("inner", a)
				return
			}
		}
		switch {
		case d > 5:
			println("big")
			fallthrough
		case d > 3:
			println("medium")
		}
		fallthrough
	case 2:
		println("two", k, d)
	default:
		println("default", k)
	}
}

func main() {
	f(1, 0)
	f(1, 1)
	f(1, 4)
	f(1, 9)
	f(2, 0)
	f(3, 0)
}
