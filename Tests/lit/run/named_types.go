// Named types over basic types: arithmetic, conversions and constants of the named type.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:+2.120000e+002 -4.000000e+001
// CHECK-NEXT:4
// CHECK-NEXT:golly 5
// CHECK-NEXT:true false
// CHECK-NEXT:6
// CHECK-NOT:{{.}}

package main

type Celsius float64
type Fahrenheit float64
type Count uint8
type Name string
type Flag bool

func toF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func main() {
	println(toF(100), toF(-40))
	var n Count = 250
	n += 10
	println(n)
	var s Name = "go"
	s += "lly"
	println(s, len(s))
	var ok Flag = 1 < 2
	println(ok, !ok)
	const limit Count = 3
	println(limit * 2)
}
