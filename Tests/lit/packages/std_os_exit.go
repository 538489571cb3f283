// os.Exit(3) ends the process at once with status 3: deferred calls do not
// run; println's buffered output and writes to os.Stdout come out first.
// RUN: %golly build -o %t.exe %s
// RUN: %expect-exit 3 %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:printed before exit
// CHECK-NEXT:stdout before exit
// CHECK-NOT:{{.}}

package main

import "os"

func main() {
	defer println("deferred: not run by os.Exit")
	println("printed before exit")
	os.Stdout.WriteString("stdout before exit\n")
	os.Exit(3)
}
