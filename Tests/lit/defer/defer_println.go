// Deferring the builtins print and println with arguments of every basic
// type: the values are saved at the defer statement.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:body 0 0 0 +0.000000e+000 false changed
// CHECK-EMPTY:
// CHECK-NEXT:-1-128-32768-2147483648-92233720368547758081844674407370955161525565535429496729592233720368547758084096+1.500000e+000-1.250000e-001truetext65122named
// CHECK-NEXT:-1 -128 -32768 -2147483648 -9223372036854775808 18446744073709551615 255 65535 4294967295 9223372036854775808 4096 +1.500000e+000 -1.250000e-001 true text 65 122 named
// CHECK-NOT:{{.}}

package main

type Name string

func f() {
	var (
		i   int     = -1
		i8  int8    = -128
		i16 int16   = -32768
		i32 int32   = -2147483648
		i64 int64   = -9223372036854775808
		u   uint    = 18446744073709551615
		u8  uint8   = 255
		u16 uint16  = 65535
		u32 uint32  = 4294967295
		u64 uint64  = 1 << 63
		up  uintptr = 4096
		f32 float32 = 1.5
		f64 float64 = -0.125
		b   bool    = true
		s   string  = "text"
		r   rune    = 'A'
		by  byte    = 'z'
		n   Name    = "named"
	)
	defer println(i, i8, i16, i32, i64, u, u8, u16, u32, u64, up, f32, f64, b, s, r, by, n)
	defer print(i, i8, i16, i32, i64, u, u8, u16, u32, u64, up, f32, f64, b, s, r, by, n, "\n")
	defer println()
	defer print()
	i, i8, u, f64, b, s = 0, 0, 0, 0, false, "changed"
	println("body", i, i8, u, f64, b, s)
}

func main() {
	f()
}
