// The recovered value keeps the panic operand's dynamic type: type
// assertions and comma-ok assertions to basic and named types.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:a int 42
// CHECK-NEXT:b string text
// CHECK-NEXT:c float64 +2.500000e+000
// CHECK-NEXT:d bool false
// CHECK-NEXT:e main.T 5
// CHECK-NEXT:f main.Name n false
// CHECK-NEXT:g uint8 200 false
// CHECK-NEXT:g int 201
// CHECK-NOT:{{.}}

package main

type T int

type Name string

func catch(tag string, raise func()) {
	defer func() {
		v := recover()
		if i, ok := v.(int); ok {
			println(tag, "int", i)
			return
		}
		if s, ok := v.(string); ok {
			println(tag, "string", s)
			return
		}
		if f, ok := v.(float64); ok {
			println(tag, "float64", f)
			return
		}
		if b, ok := v.(bool); ok {
			println(tag, "bool", b)
			return
		}
		if t, ok := v.(T); ok {
			println(tag, "main.T", int(t))
			return
		}
		n := v.(Name)
		_, isString := v.(string)
		println(tag, "main.Name", string(n), isString)
	}()
	raise()
}

func main() {
	catch("a", func() { panic(42) })
	catch("b", func() { panic("text") })
	catch("c", func() { panic(2.5) })
	catch("d", func() { panic(false) })
	catch("e", func() { panic(T(5)) })
	catch("f", func() { panic(Name("n")) })
	var u8 uint8 = 200
	catch("g", func() {
		defer func() {
			v := recover()
			_, isInt := v.(int)
			println("g uint8", v.(uint8), isInt)
			panic(int(v.(uint8)) + 1)
		}()
		panic(u8)
	})
}
