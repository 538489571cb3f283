// A package of the user's with assembly (`.s` files, which gc assembles)
// is refused as not supported, exit 1, before anything is compiled, instead
// of a "missing function body" for the functions the assembly defines.
// RUN: rm -rf %t && mkdir -p %t
// RUN: printf 'module p\n\ngo 1.19\n' > %t/go.mod
// RUN: printf 'package main\n\nfunc f() int\n\nfunc main() { println(f()) }\n' > %t/main.go
// RUN: printf 'TEXT ·f(SB),4,$0-8\n\tMOVQ $1, ret+0(FP)\n\tRET\n' > %t/f_amd64.s
// RUN: cd %t && %expect-exit 1 %golly build -o %t/p . 2>&1 | FileCheck %s
// RUN: not test -e %t/p
//
// CHECK: # p
// CHECK-NEXT: golly does not support assembly files yet (f_amd64.s)
package main
