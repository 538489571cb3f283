// Promoted fields: a field of an embedded struct, or of a struct reached
// through an embedded pointer, is read and written through the outer value
// (Go spec, Struct types: promoted fields).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:7 note 1 7
// CHECK-NEXT:8 2
// CHECK-NEXT:9 memo 8 3 3
// CHECK-NEXT:x 4 x
// CHECK-NOT:{{.}}

package main

type Base struct {
	ID   int
	Kind string
}

type Meta struct {
	Version int
}

type Doc struct {
	Base
	*Meta
	Title string
}

type Wrapper struct {
	Doc
	Extra int
}

func main() {
	m := Meta{Version: 1}
	d := Doc{Base: Base{ID: 7, Kind: "note"}, Meta: &m, Title: "t"}
	println(d.ID, d.Kind, d.Version, d.Base.ID)
	d.ID = 8
	d.Version = 2
	println(d.Base.ID, m.Version)

	w := Wrapper{Doc: d}
	w.ID = 9
	w.Kind = "memo"
	w.Version = 3
	println(w.ID, w.Doc.Base.Kind, d.ID, m.Version, w.Doc.Meta.Version)

	pw := &w
	pw.Title = "x"
	pw.Extra = 4
	println(w.Title, w.Extra, pw.Doc.Title)
}
