// Arrays of structs: element fields are addressable and written in place;
// a nested element selects through both levels.
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1 ta
// CHECK-NEXT:20 tb
// CHECK-NEXT:3 tc
// CHECK-NEXT:+4.500000e+000
// CHECK-NEXT:42
// CHECK-NOT:{{.}}

package main

type Item struct {
	ID    int
	Price float64
	Tags  [2]string
}

func main() {
	var items [3]Item
	for i := 0; i < len(items); i++ {
		items[i].ID = i + 1
		items[i].Price = float64(i) * 1.5
		items[i].Tags[0] = "t"
		items[i].Tags[1] = string(rune(0x61 + i))
	}
	items[1].ID *= 10
	total := 0.0
	for i := 0; i < 3; i++ {
		println(items[i].ID, items[i].Tags[0]+items[i].Tags[1])
		total += items[i].Price
	}
	println(total)
	p := &items[2]
	p.ID = 42
	println(items[2].ID)
}
