// Methods promoted from an embedded struct, an embedded pointer and an
// embedded interface are in the outer type's method set and satisfy an
// interface (Go spec, Struct types; Method sets).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:base 3
// CHECK-NEXT:3
// CHECK-NEXT:base 12
// CHECK-NEXT:12 12
// CHECK-NEXT:label
// CHECK-NEXT:base base
// CHECK-NEXT:override base
// CHECK-NEXT:override 7
// CHECK-NOT:{{.}}

package main

type Namer interface {
	Name() string
}

type Counter interface {
	Namer
	Count() int
	Inc()
}

type Base struct {
	n int
}

func (b Base) Name() string { return "base" }
func (b Base) Count() int   { return b.n }
func (b *Base) Inc()        { b.n++ }

// ByValue embeds a struct: *ByValue has Inc, ByValue does not.
type ByValue struct {
	Base
	tag int
}

// ByPtr embeds a pointer: ByPtr itself has Inc.
type ByPtr struct {
	*Base
}

type Label string

func (l Label) Name() string { return string(l) }

// ByIface embeds an interface: its methods come from the dynamic value.
type ByIface struct {
	Namer
	extra int
}

// Override shadows the promoted Name.
type Override struct {
	Base
}

func (o Override) Name() string { return "override" }

//go:noinline
func use(c Counter) {
	c.Inc()
	c.Inc()
	println(c.Name(), c.Count())
}

//go:noinline
func name(n Namer) string {
	return n.Name()
}

func main() {
	v := &ByValue{Base{1}, 7}
	use(v)
	println(v.n)

	shared := &Base{10}
	p := ByPtr{shared}
	use(p)
	println(shared.n, p.n)

	bi := ByIface{Label("label"), 3}
	println(name(bi))
	bi.Namer = Base{}
	println(name(bi), name(&bi))

	var n Namer = Override{}
	println(name(n), n.(Override).Base.Name())
	use(&Override{Base{5}})
}
