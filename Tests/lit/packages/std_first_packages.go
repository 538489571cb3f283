// The first standard packages golly compiles from GOROOT, unmodified, with
// golly's bodies for their assembly functions (std/: internal/cpu, math):
// math, math/bits, math/cmplx, unicode, unicode/utf8, unicode/utf16,
// container/list, container/ring.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:+1.414214e+000 -3.000000e+000 +5.000000e+000 +2.718282e+000 +2.302585e+000 NaN
// CHECK-NEXT:63 8 128 10
// CHECK-NEXT:+0.000000e+000 +2.000000e+000 +5.000000e+000
// CHECK-NEXT:true true true true
// CHECK-NEXT:9 false 3
// CHECK-NEXT:16 1 4 9{{ }}
// CHECK-NEXT:3 3
// CHECK-NOT:{{.}}

package main

import (
	"container/list"
	"container/ring"
	"math"
	"math/bits"
	"math/cmplx"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	println(math.Sqrt(2), math.Floor(-2.5), math.Hypot(3, 4), math.Exp(1), math.Log(10), math.Max(3, math.NaN()))
	println(bits.LeadingZeros64(1), bits.OnesCount(255), bits.Reverse8(1), bits.Len(1023))
	c := cmplx.Sqrt(-4)
	println(real(c), imag(c), cmplx.Abs(3+4i))
	println(unicode.IsUpper('Ä'), unicode.ToLower('Ä') == 'ä', unicode.IsSpace('\u00a0'), unicode.In('ж', unicode.Cyrillic))
	println(utf8.RuneCountInString("héllo, 世界"), utf8.ValidString("a\xffb"), len(utf16.Encode([]rune("a😀"))))
	l := list.New()
	for i := 1; i <= 4; i++ {
		l.PushBack(i * i)
	}
	l.MoveToFront(l.Back())
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), " ")
	}
	println()
	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	println(r.Len(), sum)
}
