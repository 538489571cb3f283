// fmt from GOROOT, unmodified: Println, Printf's verbs, flags, widths and
// precisions, %v/%+v/%#v/%T of structs, slices and maps (sorted keys),
// Stringer and error methods, Errorf with %w, Fprintln to os.Stderr,
// Appendf, Sprint's spacing, Sscanf. Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:hello 42 3.5 true <nil> 120 S<7>
// CHECK-NEXT:{1 x [1.5 2] map[a:2 z:1]}|{A:1 B:x C:[1.5 2] m:map[a:2 z:1]}|main.T
// CHECK-NEXT:42    42 42   | ff FF 10 101 0003.142 1.234500e+03 1e+21 "hi\n" U+1F600 G
// CHECK-NEXT:str      right|left      | [a b] %!p(<nil>)
// CHECK-NEXT:map[1:a 2:b 3:c] true [true false]
// CHECK-NEXT:[]int{1, 2} struct { X int }{X:5}
// CHECK-NEXT:wrap: E9 true 9 true
// CHECK-NEXT:to stderr 7  99.50%
// CHECK-NEXT:007 a1 2b x 1
// CHECK-EMPTY:
// CHECK-NEXT:2
// CHECK-NOT:{{.}}

package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct {
	A int
	B string
	C []float64
	m map[string]int
}

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

func main() {
	t := T{1, "x", []float64{1.5, 2}, map[string]int{"z": 1, "a": 2}}
	fmt.Println("hello", 42, 3.5, true, nil, 'x', S(7))
	fmt.Printf("%v|%+v|%T\n", t, t, t)
	fmt.Printf("%d %5d %-5d| %x %X %o %b %08.3f %e %g %q %U %c\n", 42, 42, 42, 255, 255, 8, 5, 3.14159, 1234.5, 1e21, "hi\n", 0x1F600, 'G')
	fmt.Printf("%s %10s|%-10s| %v %p\n", "str", "right", "left", []string{"a", "b"}, nil)
	fmt.Printf("%v %v %v\n", map[int]string{3: "c", 1: "a", 2: "b"}, &t.A != nil, [2]bool{true})
	fmt.Printf("%#v %#v\n", []int{1, 2}, struct{ X int }{5})
	err := fmt.Errorf("wrap: %w", &E{9})
	var e *E
	fmt.Println(err, errors.As(err, &e), e.code, errors.Unwrap(err) == error(e))
	s := fmt.Sprintf("%6.2f%%", 99.5)
	fmt.Fprintln(os.Stderr, "to stderr", len(s), s)
	var sb []byte
	sb = fmt.Appendf(sb, "%03d", 7)
	fmt.Println(string(sb), fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 1))
	n, _ := fmt.Sscanf("12 abc", "%d %s", new(int), new(string))
	fmt.Println(n)
}
