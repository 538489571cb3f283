// Package-level struct and array variables with initializers, initialized
// in dependency order, including ones computed from others and by calls
// (Go spec, Package initialization).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:base 80 443
// CHECK-NEXT:base-copy 443 10
// CHECK-NEXT:10 100 4
// CHECK-NEXT:ptr true true
// CHECK-NEXT:443 8080
// CHECK-NOT:{{.}}

package main

type Config struct {
	Name  string
	Ports [2]int
	Inner struct{ Debug bool }
}

var derived = Config{Name: base.Name + "-copy", Ports: [2]int{base.Ports[1], total}}

var base = Config{Name: "base", Ports: [2]int{80, 443}}

var total = sum(table)

var table = [...]int{1, 2, 3, 4}

var origin = &Config{Name: "ptr"}

var zeroed Config

func sum(a [4]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	return s
}

func init() {
	zeroed.Inner.Debug = true
	table[0] = 100
}

func main() {
	println(base.Name, base.Ports[0], base.Ports[1])
	println(derived.Name, derived.Ports[0], derived.Ports[1])
	println(total, table[0], len(table))
	println(origin.Name, zeroed.Inner.Debug, zeroed.Name == "")
	base.Ports[0] = 8080
	println(derived.Ports[0], base.Ports[0])
}
