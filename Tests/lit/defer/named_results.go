// Deferred closures read and change named results, after a bare return
// and after a return with values that first assigns the results (Go spec,
// Defer statements: "if the deferred function is a function literal and the
// surrounding function has named result parameters that are in scope...").
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:bare sees 21
// CHECK-NEXT:42
// CHECK-NEXT:withValues sees done 41
// CHECK-NEXT:done! 42
// CHECK-NEXT:106
// CHECK-NOT:{{.}}

package main

func bare() (n int) {
	defer func() {
		println("bare sees", n)
		n *= 2
	}()
	n = 21
	return
}

func withValues() (s string, n int) {
	defer func() {
		println("withValues sees", s, n)
		s += "!"
		n++
	}()
	s, n = "unused", -1
	return "done", 41
}

func twoClosures() (n int) {
	defer func() { n += 100 }()
	defer func() { n *= 3 }()
	return 2
}

func main() {
	println(bare())
	println(withValues())
	println(twoClosures())
}
