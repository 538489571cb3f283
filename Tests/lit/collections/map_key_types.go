// Keys of struct, array, pointer, bool and interface types: equal values find
// the same entry, and interface keys with different dynamic types differ
// (Go spec, Map types; Comparison operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:2 11 2 0
// CHECK-NEXT:true false
// CHECK-NEXT:2 x y
// CHECK-NEXT:1 2
// CHECK-NEXT:9 int int64 MyInt string float64 nil
// CHECK-NEXT:Pt array bool true
// CHECK-NEXT:8 true
// CHECK-NEXT:2 5 6
// CHECK-NEXT:1 1 3
// CHECK-NOT:{{.}}

package main

type Pt struct {
	X, Y int
	Tag  string
}

type MyInt int

func main() {
	ms := map[Pt]int{}
	ms[Pt{1, 2, "a"}] = 1
	ms[Pt{1, 2, "a"}] += 10
	ms[Pt{1, 2, "b"}] = 2
	println(len(ms), ms[Pt{1, 2, "a"}], ms[Pt{X: 1, Y: 2, Tag: "b"}], ms[Pt{}])

	ma := map[[2]string]bool{{"a", "b"}: true}
	println(ma[[2]string{"a", "b"}], ma[[2]string{"b", "a"}])

	x, y := 1, 1
	mp := map[*int]string{&x: "x", &y: "y"}
	println(len(mp), mp[&x], mp[&y])

	mb := map[bool]int{true: 1}
	mb[false] = 2
	println(mb[1 < 2], mb[2 < 1])

	mi := map[interface{}]string{}
	mi[1] = "int"
	mi[int64(1)] = "int64"
	mi[MyInt(1)] = "MyInt"
	mi["1"] = "string"
	mi[1.0] = "float64"
	mi[nil] = "nil"
	mi[Pt{1, 2, "a"}] = "Pt"
	mi[[2]int{1, 2}] = "array"
	mi[true] = "bool"
	println(len(mi), mi[1], mi[int64(1)], mi[MyInt(1)], mi["1"], mi[1.0], mi[nil])
	println(mi[Pt{1, 2, "a"}], mi[[2]int{1, 2}], mi[true], mi[int8(1)] == "")
	var k interface{} = "1"
	delete(mi, k)
	println(len(mi), mi["1"] == "")

	type Nested struct {
		P Pt
		I interface{}
	}
	mn := map[Nested]int{}
	mn[Nested{Pt{1, 1, "z"}, 5}] = 5
	mn[Nested{Pt{1, 1, "z"}, "5"}] = 6
	println(len(mn), mn[Nested{Pt{1, 1, "z"}, 5}], mn[Nested{Pt{1, 1, "z"}, "5"}])

	mf := map[float32]int{1.5: 1}
	mu := map[uint8]int{255: 1}
	mr := map[rune]int{'é': 3}
	println(mf[1.5], mu[255], mr[233])
}
