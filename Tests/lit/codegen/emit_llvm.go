// -S and -emit-llvm both write verified textual IR that llvm-as-19 accepts,
// at every optimization level.
// RUN: %golly build -O0 -S -o %t.O0.ll %s
// RUN: %llvm-as %t.O0.ll -o %t.O0.bc
// RUN: %golly build -O1 -emit-llvm -o %t.O1.ll %s
// RUN: %llvm-as %t.O1.ll -o %t.O1.bc
// RUN: %golly build -O2 -S -o %t.O2.ll %s
// RUN: %llvm-as %t.O2.ll -o %t.O2.bc
// RUN: FileCheck %s < %t.O2.ll
//
// CHECK: define {{.*}} @main.main(

package main

type Celsius float64

const (
	low = iota * 10
	mid
	high
)

var table = mid + 1

func classify(t Celsius) string {
	switch {
	case t < low:
		return "freezing"
	case t < high:
		return "mild"
	}
	return "hot"
}

func sum(limit int) (total int, steps uint8) {
	for i := 0; i < limit; i++ {
		if i%3 == 0 {
			continue
		}
		total += i << 1
		steps++
	}
	return
}

func main() {
	s := "x"
	for i := 0; i < 3; i++ {
		s += string(rune('a' + i))
	}
	t, n := sum(table)
	println(classify(Celsius(t)), n, s, len(s), s[1], s < "xb", float32(t)/3)
}
