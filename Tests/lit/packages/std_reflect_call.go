// Calls through reflect (IRGen/ReflectCalls.swift): reflect.Value.Call of
// functions, closures and methods (value, pointer, interface), method
// values and reflect.MakeFunc funcs called directly, method expressions
// (Type.Method's Func, whose type reflect.FuncOf makes), with operands in
// registers and on the stack, floats, large values (over 1 KiB), several
// results (returned through memory) and collections during the calls.
// Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:v[1 2]
// CHECK-NEXT:42 26 42
// CHECK-NEXT:ab
// CHECK-NEXT:13
// CHECK-NEXT:7
// CHECK-NEXT:[<int Value> s! <float64 Value> <[3]int Value>]
// CHECK-NEXT:398 19907 199
// CHECK-NEXT:IFACE
// CHECK-NEXT:18 IFACE
// CHECK-NEXT:43 z! 1 [1 2 3]
// CHECK-NEXT:200 19907
// CHECK-NEXT:func(main.T, int, int) int 6
// CHECK-NEXT:4
// CHECK-NEXT:a 1
// CHECK-NEXT:42 150
// CHECK-NEXT:40 y! 3.5 [1 2 3]
// CHECK-NEXT:aa,b,c,d,e,f,G
// CHECK-NEXT:[z <int Value>]
// CHECK-NOT:{{.}}

package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type Big [200]int // over 1 KiB: passed in memory

type T struct{ n int }

func (t T) Add(a, b int) int         { return t.n + a + b }
func (t *T) Set(s string, f float64) { t.n = len(s) + int(f) }
func (t T) Many(a, b, c, d, e, f, g, h int, x float32, y float64, s string) (int, string, float64, [3]int) {
	return a + b + c + d + e + f + g + h + t.n, s + "!", float64(x) + y, [3]int{a, b, c}
}
func (t T) Sum(b Big) (Big, int) {
	s := 0
	for i := range b {
		s += b[i]
		b[i] *= 2
	}
	return b, s + t.n
}

type Stringer interface{ String() string }

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

func variadic(prefix string, xs ...int) string { return fmt.Sprint(prefix, xs) }

func pointers(a, b *int, m map[string]int, f func(int) int, i any, e error) (*int, int) {
	runtime.GC()
	*a += *b
	return a, m["k"] + f(1) + i.(int) + len(e.Error())
}

func main() {
	// reflect.Value.Call of functions.
	out := reflect.ValueOf(variadic).Call([]reflect.Value{reflect.ValueOf("v"), reflect.ValueOf(1), reflect.ValueOf(2)})
	fmt.Println(out[0])
	x, y := 40, 2
	out = reflect.ValueOf(pointers).Call([]reflect.Value{reflect.ValueOf(&x), reflect.ValueOf(&y),
		reflect.ValueOf(map[string]int{"k": 5}), reflect.ValueOf(func(i int) int { return i * 10 }),
		reflect.ValueOf(any(7)), reflect.ValueOf(fmt.Errorf("four"))})
	fmt.Println(*out[0].Interface().(*int), out[1], x)
	closure := func(k int) string { return strings.Repeat("ab", k+x-42) }
	fmt.Println(reflect.ValueOf(closure).Call([]reflect.Value{reflect.ValueOf(1)})[0])

	// Methods: values, pointers, interfaces, many operands on the stack, large values.
	t := &T{n: 10}
	fmt.Println(reflect.ValueOf(t).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0])
	reflect.ValueOf(t).MethodByName("Set").Call([]reflect.Value{reflect.ValueOf("hello"), reflect.ValueOf(2.5)})
	fmt.Println(t.n)
	args := []reflect.Value{}
	for i := 1; i <= 8; i++ {
		args = append(args, reflect.ValueOf(i))
	}
	args = append(args, reflect.ValueOf(float32(0.5)), reflect.ValueOf(0.25), reflect.ValueOf("s"))
	fmt.Println(reflect.ValueOf(*t).MethodByName("Many").Call(args))
	var b Big
	for i := range b {
		b[i] = i
	}
	res := reflect.ValueOf(*t).MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(b)})
	fmt.Println(res[0].Index(199), res[1], b[199])
	var s Stringer = name("iface")
	fmt.Println(reflect.ValueOf(&s).Elem().Method(0).Call(nil)[0])

	// Method values made by reflect, called directly.
	add := reflect.ValueOf(*t).MethodByName("Add").Interface().(func(int, int) int)
	many := reflect.ValueOf(*t).MethodByName("Many").Interface().(func(a, b, c, d, e, f, g, h int, x float32, y float64, s string) (int, string, float64, [3]int))
	sum := reflect.ValueOf(*t).MethodByName("Sum").Interface().(func(Big) (Big, int))
	str := reflect.ValueOf(s).Method(0).Interface().(func() string)
	fmt.Println(add(5, 6), str())
	fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 0.5, "z"))
	b2, n := sum(b)
	fmt.Println(b2[100], n)

	// Method expressions: Type.Method's Func, a func type reflect.FuncOf made.
	m, _ := reflect.TypeOf(T{}).MethodByName("Add")
	fmt.Println(m.Type, m.Func.Call([]reflect.Value{reflect.ValueOf(T{n: 1}), reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	pm, _ := reflect.TypeOf(&T{}).MethodByName("Set")
	pm.Func.Call([]reflect.Value{reflect.ValueOf(t), reflect.ValueOf("abc"), reflect.ValueOf(1.0)})
	fmt.Println(t.n)

	// reflect.MakeFunc: the operands and results pass through a frame.
	swap := func(in []reflect.Value) []reflect.Value {
		runtime.GC()
		return []reflect.Value{in[1], in[0]}
	}
	var intSwap func(int, string) (string, int)
	reflect.ValueOf(&intSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(intSwap), swap))
	fmt.Println(intSwap(1, "a"))
	var bigSwap func(Big, *int) (*int, Big)
	reflect.ValueOf(&bigSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(bigSwap), swap))
	p, b3 := bigSwap(b, &x)
	fmt.Println(*p, b3[150])
	var forward func(a, b, c, d, e, f, g, h int, x float32, y float64, s string) (int, string, float64, [3]int)
	reflect.ValueOf(&forward).Elem().Set(reflect.MakeFunc(reflect.TypeOf(forward), func(in []reflect.Value) []reflect.Value {
		return reflect.ValueOf(*t).MethodByName("Many").Call(in)
	}))
	fmt.Println(forward(1, 2, 3, 4, 5, 6, 7, 8, 1.5, 2, "y"))
	var manyStrings func(a, b, c, d, e, f, g string) string
	reflect.ValueOf(&manyStrings).Elem().Set(reflect.MakeFunc(reflect.TypeOf(manyStrings), func(in []reflect.Value) []reflect.Value {
		runtime.GC()
		parts := []string{}
		for _, v := range in {
			parts = append(parts, v.String())
		}
		return []reflect.Value{reflect.ValueOf(strings.Join(parts, ","))}
	}))
	fmt.Println(manyStrings(strings.Repeat("a", 2), "b", "c", "d", "e", "f", strings.ToUpper("g")))
	// A MakeFunc func called through reflect too.
	fmt.Println(reflect.ValueOf(intSwap).Call([]reflect.Value{reflect.ValueOf(9), reflect.ValueOf("z")}))

}
