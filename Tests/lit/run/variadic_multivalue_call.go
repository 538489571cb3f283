// f(g()) where g returns several values and f is variadic: g's results fill
// f's parameters in order, the variadic one included (spec: "Calls": "If f
// has a final ... parameter, it is assigned the return values of g that
// remain after assignment of regular parameters"), in every kind of call,
// deferred and started as a goroutine too.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2: 1 2
// CHECK-NEXT:3: 7 8 9
// CHECK-NEXT:G 1 1
// CHECK-NEXT:G 7 2
// CHECK-NEXT:2: int 1 int 2
// CHECK-NEXT:3: int 4 string x int 5
// CHECK-NEXT:2: string a string b
// CHECK-NEXT:t 3
// CHECK-NEXT:t P 2
// CHECK-NEXT:t 2
// CHECK-NEXT:t 3
// CHECK-NEXT:2: 10 20
// CHECK-NEXT:literal 3
// CHECK-NEXT:t 3
// CHECK-NEXT:t 2
// CHECK-NEXT:G 7 2
// CHECK-NEXT:2: 1 2
// CHECK-NEXT:3: 7 8 9
// CHECK-NEXT:goroutine 3
// CHECK-NOT:{{.}}

package main

func F(xs ...int) {
	print(len(xs), ":")
	for _, x := range xs {
		print(" ", x)
	}
	println()
}

func G(a int, xs ...int) { println("G", a, len(xs)) }

func H(xs ...interface{}) {
	print(len(xs), ":")
	for _, x := range xs {
		switch v := x.(type) {
		case int:
			print(" int ", v)
		case string:
			print(" string ", v)
		}
	}
	println()
}

func two() (int, int)               { return 1, 2 }
func three() (int, int, int)        { return 7, 8, 9 }
func mixed() (int, string, int)     { return 4, "x", 5 }
func pair() (string, string)        { return "a", "b" }
func one() (int, int)               { return 10, 20 }

type T struct{ name string }

func (t T) V(xs ...int)  { println(t.name, len(xs)) }
func (t *T) P(xs ...int) { println(t.name, "P", len(xs)) }

type I interface{ V(xs ...int) }

func main() {
	F(two())
	F(three())
	G(two())
	G(three())
	H(two())
	H(mixed())
	H(pair())
	t := T{"t"}
	t.V(three())
	(&t).P(two())
	var i I = t
	i.V(two())
	m := t.V
	m(three())
	f := F
	f(one())
	func(xs ...int) { println("literal", len(xs)) }(three())
	func() {
		defer F(two())
		defer G(three())
		defer t.V(two())
		defer i.V(three())
	}()
	done := make(chan bool)
	go func() {
		F(three())
		done <- true
	}()
	<-done
	go func(xs ...int) {
		println("goroutine", len(xs))
		done <- true
	}(three())
	<-done
}
