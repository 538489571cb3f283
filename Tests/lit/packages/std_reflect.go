// reflect from GOROOT, unmodified, over golly's type descriptors (gc 1.19's
// layout) and the hooks golly's runtime pushes to it (std/runtime/reflect.go):
// struct fields with tags and offsets, method sets of T and *T, Implements,
// setting fields through a pointer, maps (MapKeys, MapIndex, SetMapIndex,
// MapRange), MakeSlice/Append, New, DeepEqual, channels, type strings.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:main.Point Point main true 4 2 56
// CHECK-NEXT:X int json:"x" x 0 true
// CHECK-NEXT:Y int json:"x" x 8 true
// CHECK-NEXT:Name string json:"name,omitempty" name,omitempty 16 true
// CHECK-NEXT:tags []string   32 false
// CHECK-NEXT:method Norm func(main.Point) int
// CHECK-NEXT:method String func(main.Point) string
// CHECK-NEXT:*main.Point true 3 true
// CHECK-NEXT:main.Shape true true true
// CHECK-NEXT:10 moved 4 4
// CHECK-NEXT:3 a b c 3
// CHECK-NEXT:4 4
// CHECK-NEXT:10
// CHECK-NEXT:2 8 7
// CHECK-NEXT:5 25
// CHECK-NEXT:true false
// CHECK-NEXT:true +3.500000e+000 float64
// CHECK-NEXT:0 3 9 true
// CHECK-NEXT:struct { A int } map[int][]string func(int, ...string) error
// CHECK-NOT:{{.}}

package main

import (
	"reflect"
	"sort"
)

type Point struct {
	X, Y int    `json:"x"`
	Name string `json:"name,omitempty"`
	tags []string
}

func (p Point) Norm() int      { return p.X*p.X + p.Y*p.Y }
func (p *Point) Move(d int)    { p.X += d }
func (p Point) String() string { return p.Name }

type Shape interface{ Norm() int }

func main() {
	p := Point{3, 4, "pt", nil}
	t := reflect.TypeOf(p)
	println(t.String(), t.Name(), t.PkgPath(), t.Kind() == reflect.Struct, t.NumField(), t.NumMethod(), t.Size())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		println(f.Name, f.Type.String(), string(f.Tag), f.Tag.Get("json"), f.Offset, f.IsExported())
	}
	for i := 0; i < t.NumMethod(); i++ {
		println("method", t.Method(i).Name, t.Method(i).Type.String())
	}
	pt := reflect.TypeOf(&p)
	println(pt.String(), pt.Elem() == t, pt.NumMethod(), reflect.PtrTo(t) == pt)
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	println(shape.String(), shape.Kind() == reflect.Interface, t.Implements(shape), pt.Implements(shape))

	v := reflect.ValueOf(&p).Elem()
	v.Field(0).SetInt(10)
	v.FieldByName("Name").SetString("moved")
	println(p.X, p.Name, v.Field(1).Int(), v.NumField())

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	names := []string{}
	for _, k := range keys {
		names = append(names, k.String())
	}
	sort.Strings(names)
	println(len(keys), names[0], names[1], names[2], mv.MapIndex(reflect.ValueOf("c")).Int())
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	println(m["d"], mv.Len())
	it := mv.MapRange()
	sum := 0
	for it.Next() {
		sum += int(it.Value().Int())
	}
	println(sum)

	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 2)
	s = reflect.Append(s, reflect.ValueOf(7), reflect.ValueOf(8))
	ints := s.Interface().([]int)
	println(len(ints), ints[1], s.Index(0).Int())

	np := reflect.New(t)
	np.Elem().Field(0).SetInt(5)
	q := np.Interface().(*Point)
	println(q.X, q.Norm())

	println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	var e interface{} = 3.5
	ev := reflect.ValueOf(e)
	println(ev.Kind() == reflect.Float64, ev.Float(), ev.Type().String())
	c := make(chan int, 3)
	cv := reflect.ValueOf(c)
	cv.Send(reflect.ValueOf(9))
	r, ok := cv.Recv()
	println(cv.Len(), cv.Cap(), r.Int(), ok)
	println(reflect.TypeOf(struct{ A int }{}).String(), reflect.TypeOf(map[int][]string{}).String(), reflect.TypeOf(func(int, ...string) error { return nil }).String())
}
