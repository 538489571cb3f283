// What go build writes: `.` builds the command named after the import
// path's last element; a package that is not a command, or `./...`
// matching several packages, is compiled and nothing is written; go run
// refuses a package that is not a command.
// RUN: rm -rf %t.d && mkdir -p %t.d && cp -r %S/Inputs/shop %t.d/
// RUN: cd %t.d/shop && %golly build . && test -x shop && ./shop 2>&1 | FileCheck %s --check-prefix=RAN
// RUN: rm -f %t.d/shop/shop && cd %t.d/shop && %golly build ./inventory && %golly build ./... && ls | FileCheck %s --check-prefix=NOTHING
// RUN: cd %t.d/shop && %expect-exit 1 %golly run ./inventory 2>&1 | FileCheck %s --check-prefix=NOTMAIN
// RUN: cd %t.d/shop && %golly run . extra args 2>&1 | FileCheck %s --check-prefix=RAN
//
// RAN:inventory: init, prices for 2 items
// NOTHING-NOT:shop{{$}}
// NOTHING-NOT:inventory{{$}}
// NOTHING:go.mod
// NOTHING-NEXT:internal
// NOTHING-NEXT:inventory
// NOTHING-NEXT:main.go
// NOTHING-NOT:{{.}}
// NOTMAIN:package example.com/shop/inventory is not a main package
