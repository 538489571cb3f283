// A map keyed by a non-empty interface type hashes the dynamic type and
// value: equal dynamic values of different types are distinct keys (Go
// spec, Map types; Comparison operators).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:6
// CHECK-NEXT:int1 other1 str-a str-b
// CHECK-NEXT:ptr nil
// CHECK-NEXT:false
// CHECK-NEXT:6 int1-again
// CHECK-NEXT:5 false
// CHECK-NEXT:30
// CHECK-NEXT:4 1 2 3 14
// CHECK-NOT:{{.}}

package main

type Key interface {
	ID() int
}

type IntKey int

func (k IntKey) ID() int { return int(k) }

type OtherKey int

func (k OtherKey) ID() int { return int(k) * 100 }

type StrKey struct {
	s string
	n int
}

func (k StrKey) ID() int { return k.n }

type PtrKey struct{ n int }

func (k *PtrKey) ID() int { return k.n }

func main() {
	m := map[Key]string{}
	m[IntKey(1)] = "int1"
	m[OtherKey(1)] = "other1"
	m[StrKey{"a", 1}] = "str-a"
	m[StrKey{"b", 1}] = "str-b"
	p := &PtrKey{1}
	m[p] = "ptr"
	m[nil] = "nil"
	println(len(m))
	println(m[IntKey(1)], m[OtherKey(1)], m[StrKey{"a", 1}], m[StrKey{"b", 1}])
	println(m[p], m[nil])
	_, ok := m[&PtrKey{1}]
	println(ok)
	m[IntKey(1)] = "int1-again"
	println(len(m), m[IntKey(1)])
	delete(m, OtherKey(1))
	_, ok = m[OtherKey(1)]
	println(len(m), ok)
	sum := 0
	for k, v := range m {
		if k != nil {
			sum += k.ID()
		}
		sum += len(v)
	}
	println(sum)

	// interface{} keys mixing dynamic types.
	e := map[interface{}]int{}
	e[1] = 1
	e[int64(1)] = 2
	e["1"] = 3
	e[IntKey(1)] = 4
	var k Key = IntKey(1)
	e[k] += 10
	println(len(e), e[1], e[int64(1)], e["1"], e[IntKey(1)])
}
