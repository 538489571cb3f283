// Assigning an interface to another interface type or to interface{} keeps
// the dynamic type and value; a nil interface stays nil (Go spec,
// Assignability; Conversions).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:woof
// CHECK-NEXT:3 true
// CHECK-NEXT:woof 3
// CHECK-NEXT:true meow
// CHECK-NEXT:true true
// CHECK-NEXT:false false
// CHECK-NEXT:false true
// CHECK-NOT:{{.}}

package main

type Speaker interface {
	Speak() string
	Volume() int
}

type Talker interface {
	Speak() string
}

type Dog struct {
	vol int
}

func (d Dog) Speak() string { return "woof" }
func (d Dog) Volume() int   { return d.vol }

type Cat struct{}

func (c *Cat) Speak() string { return "meow" }
func (c *Cat) Volume() int   { return 1 }

//go:noinline
func toTalker(s Speaker) Talker {
	return s
}

//go:noinline
func toEmpty(t Talker) interface{} {
	return t
}

func main() {
	var s Speaker = Dog{3}
	t := toTalker(s)
	println(t.Speak())
	e := toEmpty(t)
	d, ok := e.(Dog)
	println(d.vol, ok)
	if s2, ok := e.(Speaker); ok {
		println(s2.Speak(), s2.Volume())
	}
	c := &Cat{}
	s = c
	e = toEmpty(toTalker(s))
	println(e.(*Cat) == c, e.(Talker).Speak())

	var nilS Speaker
	nt := toTalker(nilS)
	ne := toEmpty(nt)
	println(nt == nil, ne == nil)

	// A nil *Cat in an interface is not a nil interface.
	var pc *Cat
	s = pc
	println(s == nil, toEmpty(toTalker(s)) == nil)

	var any interface{} = s
	_, isDog := any.(Dog)
	_, isCatPtr := any.(*Cat)
	println(isDog, isCatPtr)
}
