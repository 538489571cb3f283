// Undefined names are reported where they are used, sorted by position.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}undefined.go:12:10: undefined: missing
// CHECK-NEXT:{{.*}}undefined.go:13:2: undefined: f
// CHECK-NEXT:{{.*}}undefined.go:14:16: undefined: undefinedToo
// CHECK-NOT:{{.}}

package main

func main() {
	println(missing)
	f()
	var ok bool = undefinedToo
	println(ok)
}
