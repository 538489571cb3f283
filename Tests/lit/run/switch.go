// switch with a tag, tagless switch, fallthrough, default in the middle, no match (spec: Switch statements).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0 zero
// CHECK-NEXT:1 one or two
// CHECK-NEXT:1 default
// CHECK-NEXT:2 one or two
// CHECK-NEXT:2 default
// CHECK-NEXT:3 default
// CHECK-NEXT:4 four
// CHECK-NEXT:4 five or after four
// CHECK-NEXT:5 five or after four
// CHECK-NEXT:negative zero small large
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			println(i, "zero")
		case 1, 2:
			println(i, "one or two")
			fallthrough
		default:
			println(i, "default")
		case 4:
			println(i, "four")
			fallthrough
		case 5:
			println(i, "five or after four")
		}
	}
	println(classify(-3), classify(0), classify(5), classify(50))
	switch x := 3; x * 2 {
	case 5:
		println("five")
	}
	println("done")
}
