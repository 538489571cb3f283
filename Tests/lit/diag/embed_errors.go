// //go:embed misused, in gc's words (cmd/compile/internal/noder
// noder.go checkEmbed): two variables, an initializer, a variable inside a
// function, a file that does not import embed; a correct one is not
// supported yet. Expected lines from gc 1.19.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s
// RUN: printf 'package main\n\n//go:embed a.txt\nvar s string\n\nfunc main() {}\n' > %t.go
// RUN: %expect-exit 1 %golly build -o %t.exe %t.go 2>&1 | FileCheck %s --check-prefix=NOEMBED
// RUN: printf 'package main\n\nimport _ "embed"\n\n//go:embed a.txt\nvar s string\n\nfunc main() {}\n' > %t2.go
// RUN: %expect-exit 1 %golly build -o %t.exe %t2.go 2>&1 | FileCheck %s --check-prefix=NOTYET
//
// CHECK: embed_errors.go:20:3: go:embed cannot apply to multiple vars
// CHECK: embed_errors.go:23:3: go:embed cannot apply to var with initializer
// CHECK: embed_errors.go:27:4: go:embed cannot apply to var inside func
// NOEMBED: .go:3:3: go:embed only allowed in Go files that import "embed"
// NOTYET: .go:5:3: golly does not support //go:embed yet
package main

import _ "embed"

//go:embed a.txt
var a, b string

//go:embed a.txt
var c string = "x"

func main() {
	//go:embed a.txt
	var x string
	_ = x
}
