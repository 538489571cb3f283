// A package-level name that a dot-import also declares (types2
// resolver.go), and an import path that is not canonical (gc's noder,
// import.go), in gc's words. Expected lines from gc 1.19 (`go tool compile
// -e`).
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s
//
// CHECK: import_conflicts.go:15:2: could not import unicode//utf8 (non-canonical import path "unicode//utf8" (should be "unicode/utf8"))
// CHECK: import_conflicts.go:20:6: Index already declared through dot-import of package strings ("strings")
// CHECK-NEXT: {{^}}	$GOROOT/src/strings/strings.go:1103:6: other declaration of Index
// CHECK: import_conflicts.go:22:5: ToUpper already declared through dot-import of package strings ("strings")
package main

import (
	. "strings"
	"unicode//utf8"
)

var _ = utf8.RuneLen

func Index() {}

var ToUpper = 1

func main() { _ = Repeat("a", 2) }
