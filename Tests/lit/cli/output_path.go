// Where `-o` puts the executable, as go build does: into a directory that
// exists (named after the input), through parent directories it creates;
// a place that cannot be written is an error of the user's (exit 1, gc's
// words for the cause), with nothing left behind.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/exists
// RUN: %golly build -o %t.dir/exists %s
// RUN: %t.dir/exists/output_path 2>&1 | FileCheck %s --check-prefix=RUNS
// RUN: %golly build -o %t.dir/new/deeper/prog %s
// RUN: %t.dir/new/deeper/prog 2>&1 | FileCheck %s --check-prefix=RUNS
// RUN: %expect-exit 1 %golly build -o /proc/golly-cannot-write-here %s 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
// RUN: not test -e /proc/golly-cannot-write-here
//
// RUNS: built
// UNWRITABLE: golly build: copying the executable: open /proc/golly-cannot-write-here: no such file or directory

package main

func main() {
	println("built")
}
