// Misuse of //go:linkname, in gc's words (cmd/compile/internal/noder
// noder.go): a name that is not a declared function or variable, a second
// linkname for one name, and a file that does not import unsafe.
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s
// RUN: printf 'package main\n\n//go:linkname f g\nfunc f()\n\nfunc main() {}\n' > %t.go
// RUN: %expect-exit 1 %golly build -o %t.exe %t.go 2>&1 | FileCheck %s --check-prefix=NOUNSAFE
//
// CHECK: linkname_errors.go:22:3: //go:linkname must refer to declared function or variable
// CHECK: linkname_errors.go:23:3: //go:linkname must refer to declared function or variable
// CHECK: linkname_errors.go:24:3: duplicate //go:linkname for x
// NOUNSAFE: .go:3:3: //go:linkname only allowed in Go files that import "unsafe"

package main

import _ "unsafe"

type t int

var x int

//go:linkname x ok
//go:linkname nonexist nonexist
//go:linkname t notvarfunc
//go:linkname x duplicate

func main() {}
