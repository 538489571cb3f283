// Invalid UTF-8 in a ranged string yields U+FFFD with a width of one byte:
// stray continuation bytes, truncated sequences, overlong forms, surrogates
// and values above U+10FFFF (Go spec, For statements; runtime/utf8.go).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:0:97 1:65533 2:98{{ }}
// CHECK-NEXT:0:65533 1:65533{{ }}
// CHECK-NEXT:0:65533 1:65533 2:120{{ }}
// CHECK-NEXT:0:65533 1:65533{{ }}
// CHECK-NEXT:0:65533 1:65533 2:65533{{ }}
// CHECK-NEXT:0:65533 1:65533 2:65533 3:65533{{ }}
// CHECK-NEXT:0:128512 4:65533{{ }}
// CHECK-NEXT:0:65533{{ }}
// CHECK-NEXT:0:8364 3:65533{{ }}
// CHECK-NOT:{{.}}

package main

func dump(s string) {
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
}

func main() {
	dump("a\x80b")
	dump("\xe4\xb8")
	dump("\xe4\xb8x")
	dump("\xc0\x80")
	dump("\xed\xa0\x80")
	dump("\xf4\x90\x80\x80")
	dump("\xf0\x9f\x98\x80\xff")
	dump("\xef\xbf\xbd")
	b := []byte{0xe2, 0x82, 0xac, 0xe2}
	dump(string(b))
}
