// A module the main module requires is read from the module cache
// ($GOMODCACHE/<path>@<version>); absent from the cache, the error names
// the module and says that `go mod download` fetches it.
// RUN: cd %S/Inputs/usesmod && env GOMODCACHE=%S/Inputs/modcache %golly build -o %t.exe . && %t.exe 2>&1 | FileCheck %s --match-full-lines
// RUN: rm -rf %t.empty && mkdir -p %t.empty
// RUN: cd %S/Inputs/usesmod && env GOMODCACHE=%t.empty %expect-exit 1 %golly build -o %t2.exe . 2>&1 | FileCheck %s --check-prefix=ABSENT
//
// Expected output: gc 1.19's `go run .` with go.mod replacing the
// requirement by the cache directory (go itself also wants go.sum).
// CHECK:hello, golly from greet v1.2.0
// CHECK-NOT:{{.}}
// ABSENT:{{.*}}example.org/greet{{.*}}v1.2.0{{.*}}go mod download{{.*}}
