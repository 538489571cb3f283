// A value method called with a nil *T in each shape: gc's message is the
// wrapper's panicwrap ("value method main.T.M called using nil *T pointer")
// only where the wrapper runs (an interface whose dynamic value the
// compiler cannot see, a method expression (*T).M, an interface captured by
// a deferred closure); a direct call, a method value, a promoted method and
// an interface call gc devirtualizes dereference nil themselves. Not
// covered: gc also devirtualizes after inlining a small callee (call(p) with
// func call(i I) { i.M() }, or a closure called on the spot), which golly
// does not model.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:direct: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:interface, devirtualized: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:interface conversion, devirtualized: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:interface in a global: value method main.T.M called using nil *T pointer
// CHECK-NEXT:interface reassigned: value method main.T.M called using nil *T pointer
// CHECK-NEXT:interface captured: value method main.T.M called using nil *T pointer
// CHECK-NEXT:method value: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:method expression (*T).M: value method main.T.M called using nil *T pointer
// CHECK-NEXT:method expression as value: value method main.T.M called using nil *T pointer
// CHECK-NEXT:promoted through a nil embedded pointer: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:promoted through an interface: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:interface method value: value method main.T.M called using nil *T pointer
// CHECK-NEXT:defer direct: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:defer interface, devirtualized: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:defer interface in a global: value method main.T.M called using nil *T pointer
// CHECK-NEXT:defer method expression: value method main.T.M called using nil *T pointer
// CHECK-NEXT:interface from another interface type, not devirtualized: value method main.T.M called using nil *T pointer
// CHECK-NEXT:explicit conversion from an interface: value method main.T.M called using nil *T pointer
// CHECK-NEXT:nil embedded interface, devirtualized defer: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:large receiver, direct: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:large receiver, interface: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:large receiver, interface in a global: value method main.B.M called using nil *B pointer
// CHECK-NOT:{{.}}

package main

type T struct{ n int }

func (t T) M() int { return t.n }

type I interface{ M() int }

type S struct{ *T }

type J interface {
	M() int
	N()
}

func (t T) N() {}

// E embeds an interface: its promoted M dispatches through that field.
type E struct{ I }

type B [200]int

func (b B) M() int { return b[0] }

var global I

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+":", r == nil)
		}
	}()
	f()
}

func main() {
	var p *T
	global = p
	try("direct", func() { println(p.M()) })
	try("interface, devirtualized", func() { var i I = p; println(i.M()) })
	try("interface conversion, devirtualized", func() { println(I(p).M()) })
	try("interface in a global", func() { println(global.M()) })
	try("interface reassigned", func() { var i I = T{}; i = p; println(i.M()) })
	try("interface captured", func() { var i I = p; defer func() { println(i.M()) }() })
	try("method value", func() { f := p.M; println(f()) })
	try("method expression (*T).M", func() { println((*T).M(p)) })
	try("method expression as value", func() { f := (*T).M; println(f(p)) })
	try("promoted through a nil embedded pointer", func() { s := S{}; println(s.M()) })
	try("promoted through an interface", func() { var i I = S{}; println(i.M()) })
	try("interface method value", func() { var i I = p; f := i.M; println(f()) })
	try("defer direct", func() { defer p.M() })
	try("defer interface, devirtualized", func() { var i I = p; defer i.M() })
	try("defer interface in a global", func() { defer global.M() })
	try("defer method expression", func() { defer (*T).M(p) })
	try("interface from another interface type, not devirtualized", func() { var j J = p; var i I = j; println(i.M()) })
	try("explicit conversion from an interface", func() { var j J = p; println(I(j).M()) })
	try("nil embedded interface, devirtualized defer", func() {
		var i I = E{}
		defer i.M()
		println("after the defer statement")
	})
	var pb *B
	try("large receiver, direct", func() { println(pb.M()) })
	try("large receiver, interface", func() { var i I = pb; println(i.M()) })
	global = pb
	try("large receiver, interface in a global", func() { println(global.M()) })
}
