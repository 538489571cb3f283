// `golly run` passes SIGTERM, SIGINT and SIGHUP sent to it on to the
// program, removes its temporary directory and exits as the program did
// (128 + the signal), leaving no orphan (Tests/lit/tools/run_and_signal.py).
// RUN: python3 %S/../tools/run_and_signal.py %golly %s TERM | FileCheck %s
// RUN: python3 %S/../tools/run_and_signal.py %golly %s INT | FileCheck %s
// RUN: python3 %S/../tools/run_and_signal.py %golly %s HUP | FileCheck %s
//
// CHECK: ok

package main

func main() {
	println("started")
	for {
	}
}
