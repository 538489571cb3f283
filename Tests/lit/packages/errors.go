// The go command's errors for programs of several packages, exit status 1
// and no executable: an unused import, another package's unexported name,
// an error in a dependency (headed by its import path), an import cycle, a
// package missing from the module, from GOROOT, and an internal package
// imported from outside its parent.
// RUN: rm -f %t.exe
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/unused 2>&1 | FileCheck %s --check-prefix=UNUSED --match-full-lines
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/undefined 2>&1 | FileCheck %s --check-prefix=UNDEFINED --match-full-lines
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/broken 2>&1 | FileCheck %s --check-prefix=BROKEN --match-full-lines
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/cycle 2>&1 | FileCheck %s --check-prefix=CYCLE --match-full-lines
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/missing 2>&1 | FileCheck %s --check-prefix=MISSING --match-full-lines
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/nostd 2>&1 | FileCheck %s --check-prefix=NOSTD --match-full-lines
// RUN: cd %S/Inputs/errs && %expect-exit 1 %golly build -o %t.exe ./cmd/internal 2>&1 | FileCheck %s --check-prefix=INTERNAL --match-full-lines
// RUN: not test -e %t.exe
//
// Expected: `go build ./cmd/NAME` in Inputs/errs (go 1.19; go exits 2 for
// a compiler's errors, golly 1 as gc's compiler does).
// UNUSED:# example.com/errs/cmd/unused
// UNUSED-NEXT:cmd/unused/main.go:3:8: imported and not used: "example.com/errs/util"
// UNUSED-NOT:{{.}}
// UNDEFINED:# example.com/errs/cmd/undefined
// UNDEFINED-NEXT:cmd/undefined/main.go:6:32: undefined: util.lower
// UNDEFINED-NOT:{{.}}
// BROKEN:# example.com/errs/broken
// BROKEN-NEXT:broken/broken.go:4:9: cannot use "not an int" (untyped string constant) as int value in return statement
// BROKEN-NOT:{{.}}
// CYCLE:package example.com/errs/cmd/cycle
// CYCLE-NEXT:	imports example.com/errs/cyc/a
// CYCLE-NEXT:	imports example.com/errs/cyc/b
// CYCLE-NEXT:	imports example.com/errs/cyc/a: import cycle not allowed
// CYCLE-NOT:{{.}}
// MISSING:cmd/missing/main.go:3:8: no required module provides package example.com/errs/nope; to add it:
// MISSING-NEXT:	go get example.com/errs/nope
// MISSING-NOT:{{.}}
// NOSTD:cmd/nostd/main.go:3:8: package foo/bar is not in GOROOT ({{.*}}/src/foo/bar)
// NOSTD-NOT:{{.}}
// INTERNAL:package example.com/errs/cmd/internal
// INTERNAL-NEXT:	imports example.com/errs/b
// INTERNAL-NEXT:	b/b.go:3:8: use of internal package example.com/errs/a/internal/x not allowed
// INTERNAL-NOT:{{.}}
