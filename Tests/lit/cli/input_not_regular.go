// Inputs that are not regular files are refused without reading them: a
// directory in gc's words, a FIFO (which would block gc's go build) likewise;
// a missing file in the go command's words (a name that is not a file is
// a package path to it). Exit 1, no output file.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/dir.go && mkfifo %t.dir/fifo.go
// RUN: %expect-exit 1 %golly build -o %t.dir/out %s %t.dir/dir.go 2>&1 | FileCheck %s --check-prefix=DIR
// RUN: %expect-exit 1 %golly build -o %t.dir/out %t.dir/fifo.go 2>&1 | FileCheck %s --check-prefix=FIFO
// RUN: %expect-exit 1 %golly build -o %t.dir/out %t.dir/missing.go 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not test -e %t.dir/out
//
// DIR: {{.*}}dir.go is a directory, should be a Go file
// FIFO: {{.*}}fifo.go is not a regular file, should be a Go file
// MISSING: go: go.mod file not found in current directory or any parent directory; see 'go help modules'

package main

func main() {}
