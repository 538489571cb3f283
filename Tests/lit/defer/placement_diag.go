// -d=defer reports gc's decision for every defer statement, as
// `go build -gcflags=-d=defer` does (the stack/heap cases of gc's
// test/defererrcheck.go; open-coded ones are stack-allocated in golly).
// RUN: %golly build -d=defer -o %t.exe %s 2>&1 | FileCheck %s --implicit-check-not=allocated
//
// CHECK: placement_diag.go:18:3: heap-allocated defer
// CHECK: placement_diag.go:23:2: stack-allocated defer
// CHECK: placement_diag.go:27:2: stack-allocated defer
// CHECK: placement_diag.go:37:2: heap-allocated defer
// CHECK: placement_diag.go:51:2: heap-allocated defer

package main

var glob = 3

func f2() {
	for {
		defer func() {}()
		if glob > 2 {
			break
		}
	}
	defer func() {}()
}

func f4() {
	defer func() {}()
label:
	if glob > 2 {
		glob--
		goto label
	}
}

func f5() {
label:
	defer func() {}()
	if glob > 2 {
		glob--
		goto label
	}
}

func f6() {
label:
	if glob > 2 {
		glob--
		goto label
	}
	// A backward goto loop does not end: this defer counts as inside it.
	defer func() {}()
}

func main() { f2(); f4(); f5(); f6() }
