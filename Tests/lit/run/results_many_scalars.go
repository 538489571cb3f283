// Results of more than two scalars that fit in 16 bytes ((a, b, c, d
// uint32), four float32s, five bytes, mixed bools and ints): returned
// through memory as the collector's statepoints need (a call returning
// them in four registers crashed LLVM at -O0), from direct calls,
// closures, method values and interface methods, with a collection in
// between and branches on the results.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:b is 14
// CHECK-NEXT:7 14 21 28
// CHECK-NEXT:100
// CHECK-NEXT:true +2.500000e+000 +1.250000e+000
// CHECK-NEXT:250 251 252 253 254
// CHECK-NEXT:42
// CHECK-NEXT:3 6 9 12
// CHECK-NEXT:100 101 102 103
// CHECK-NEXT:200 201 202 203
// CHECK-NEXT:deferred 10
// CHECK-NOT:{{.}}

package main

import "runtime"

//go:noinline
func cpuid(x uint32) (a, b, c, d uint32) {
	runtime.GC()
	return x, x * 2, x * 3, x * 4
}

//go:noinline
func floats(x float32) (float32, float32, float32, float32) { return x, x / 2, x / 4, x / 8 }

//go:noinline
func bytes5(n int) (a, b, c, d, e byte) { return byte(n), byte(n + 1), byte(n + 2), byte(n + 3), byte(n + 4) }

func mixed(ok bool) (bool, int32, bool) { return ok, 42, !ok }

type T struct{ k uint32 }

func (t T) Quad() (uint32, uint32, uint32, uint32) { return t.k, t.k + 1, t.k + 2, t.k + 3 }

type quader interface{ Quad() (uint32, uint32, uint32, uint32) }

func main() {
	a, b, c, d := cpuid(7)
	if b == 14 {
		println("b is 14")
	}
	println(a, b, c, d)
	sum := uint32(0)
	for i := uint32(0); i < 5; i++ {
		w, x, y, z := cpuid(i)
		sum += w + x + y + z
	}
	println(sum)
	f1, f2, f3, f4 := floats(10)
	println(f1 > f2, f3, f4)
	p, q, r, s, u := bytes5(250)
	println(p, q, r, s, u)
	o1, n, o2 := mixed(true)
	if o1 && !o2 {
		println(n)
	}
	fn := cpuid
	a, b, c, d = fn(3)
	println(a, b, c, d)
	t := T{100}
	mv := t.Quad
	a, b, c, d = mv()
	println(a, b, c, d)
	var qi quader = T{200}
	a, b, c, d = qi.Quad()
	println(a, b, c, d)
	defer func() {
		a, b, c, d := cpuid(1)
		println("deferred", a+b+c+d)
	}()
}
