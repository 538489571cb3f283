// Strings: concatenation, indexing yields bytes, len, comparison, += in a loop.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:hello, world 12
// CHECK-NEXT:104 111 100
// CHECK-NEXT:abcde 5
// CHECK-NEXT:true false true true
// CHECK-NEXT:true false true true false
// CHECK-NEXT:6 195 169
// CHECK-NEXT:constant 8
// CHECK-NOT:{{.}}

package main

func main() {
	s := "hello"
	t := s + ", " + "world"
	println(t, len(t))
	println(s[0], s[4], t[len(t)-1])
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	println(u, len(u))
	println("abc" < "abd", "abc" < "ab", "" < "a", "b" > "abc")
	println(s == "hello", s != "hello", s+"" == s, s <= "hello", s >= "help")
	e := "héllo"
	println(len(e), e[1], e[2])
	const k = "const" + "ant"
	println(k, len(k))
}
