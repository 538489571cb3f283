// golly test with a TestMain (it runs first, calls m.Run and exits with its
// code), in local directory mode (the output streamed, no last FAIL); and
// benchmarks with -bench and -benchtime: the header, `BenchmarkAdd-N`
// (GOMAXPROCS), iterations and ns/op. Expected output: `go test -count=1 -v`
// in Inputs/testmod/withmain and `go test -count=1 -run NONE -bench Add
// -benchtime 100x ./pass` in Inputs/testmod (gc 1.19).
// RUN: cd %S/Inputs/testmod/withmain && %golly test -v > %t.main 2>&1
// RUN: FileCheck %s --check-prefix=MAIN --match-full-lines --strict-whitespace < %t.main
// RUN: cd %S/Inputs/testmod && env GOMAXPROCS=2 %golly test -run NONE -bench Add -benchtime 100x ./pass > %t.bench 2>&1
// RUN: FileCheck %s --check-prefix=BENCH --match-full-lines --strict-whitespace < %t.bench
//
// MAIN:setup
// MAIN-NEXT:=== RUN   TestReady
// MAIN-NEXT:--- PASS: TestReady ({{[0-9.]+}}s)
// MAIN-NEXT:PASS
// MAIN-NEXT:teardown 0
// MAIN-NEXT:ok  	example.com/testmod/withmain	{{[0-9]+\.[0-9][0-9][0-9]}}s
// MAIN-NOT:{{.}}
//
// BENCH:goos: linux
// BENCH-NEXT:goarch: amd64
// BENCH-NEXT:pkg: example.com/testmod/pass
// BENCH-NEXT:cpu: {{.+}}
// BENCH-NEXT:BenchmarkAdd-2   	     100	{{ +[0-9.]+}} ns/op
// BENCH-NEXT:PASS
// BENCH-NEXT:ok  	example.com/testmod/pass	{{[0-9]+\.[0-9][0-9][0-9]}}s
// BENCH-NOT:{{.}}

package main
