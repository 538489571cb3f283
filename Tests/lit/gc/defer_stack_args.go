// The only references to a 1000-node list, a 1000-entry map, a string built
// at run time, a large array of pointers (a big argument) and a method
// value's receiver are the saved operands of stack defer records (defers at
// loop depth 1, operands built by calls in the defer statement); the
// garbage and collections come after the defer statements, before the
// deferred calls run at return or during a panic.
// RUN: %golly build -O0 -o %t0.exe %s %S/gchelpers.go
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s %S/gchelpers.go
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:returns: body done
// CHECK-NEXT:method value receiver holder-17 1000 2061644366025477164
// CHECK-NEXT:return list 1000 -1743513722173430740
// CHECK-NEXT:return map 1000 1219809224909023155
// CHECK-NEXT:return string 2005 -6338969385569835144 |2000
// CHECK-NEXT:return array 1065532800
// CHECK-NEXT:panic list 1000 -2658612846267845972
// CHECK-NEXT:panic map 1000 1219809224909023155
// CHECK-NEXT:panic string 3005 -3800826339613017237 |3000
// CHECK-NEXT:panic array 1065663360
// CHECK-NEXT:recovered: after the defer statement, 42
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import "runtime"

func buildMap(n int) map[int]string {
	m := make(map[int]string)
	for i := 0; i < n; i++ {
		m[i*3] = "v" + itoa(i*11)
	}
	return m
}

func buildString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + (i*7)%26)
	}
	return string(b) + "|" + itoa(n)
}

func buildArray(seed int) (a [256]*node) {
	for i := range a {
		a[i] = &node{nil, seed + i*i}
	}
	return a
}

func check(tag string, l *node, m map[int]string, s string, a [256]*node) {
	n, h := listSum(l)
	println(tag, "list", n, h)
	mh := 0
	for k, v := range m {
		mh += k * strHash(v)
	}
	println(tag, "map", len(m), mh)
	println(tag, "string", len(s), strHash(s), s[len(s)-5:])
	ah := 0
	for i, p := range a {
		ah += i * p.v
	}
	println(tag, "array", ah)
}

type holder struct {
	l    *node
	name string
}

func (h *holder) report() {
	n, s := listSum(h.l)
	println("method value receiver", h.name, n, s)
}

func newHolder(seed int) *holder {
	return &holder{buildList(1000, seed), "holder-" + itoa(seed)}
}

func returns() {
	defer check("return", buildList(1000, 1), buildMap(1000), buildString(2000), buildArray(5))
	defer newHolder(17).report()
	churn(3)
	runtime.GC()
	println("returns: body done")
}

func recoverer() {
	println("recovered:", recover().(string))
}

func panics() {
	defer recoverer()
	defer check("panic", buildList(1000, 2), buildMap(1000), buildString(3000), buildArray(9))
	churn(2)
	runtime.GC()
	panic("after the defer statement, " + itoa(42))
}

func main() {
	returns()
	runtime.GC()
	panics()
	runtime.GC()
	println("done")
}
