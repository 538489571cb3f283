// errors, strconv and sort from GOROOT, unmodified: internal/reflectlite
// reads golly's type descriptors (gc 1.19's layout) through the hooks
// golly's runtime pushes to it (std/runtime/reflect.go): errors.As finds a
// pointer target and an interface target along a wrap chain, sort.Slice
// swaps through reflectlite.Swapper, strconv reports *NumError.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:outer: inner: code 7
// CHECK-NEXT:true 7
// CHECK-NEXT:true 7
// CHECK-NEXT:false true
// CHECK-NEXT:true
// CHECK-NEXT:true Atoi 12a true
// CHECK-NEXT:strconv.Atoi: parsing "12a": invalid syntax
// CHECK-NEXT:bob di cy ann{{ }}
// CHECK-NEXT:apple fig pear "a\tb" 1.5e-07
// CHECK-NOT:{{.}}

package main

import (
	"errors"
	"sort"
	"strconv"
)

type codeError struct{ code int }

func (e *codeError) Error() string { return "code " + strconv.Itoa(e.code) }

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

type coder interface{ Code() int }

func (e *codeError) Code() int { return e.code }

func main() {
	base := errors.New("base")
	err := wrapped{"outer", wrapped{"inner", &codeError{7}}}
	var ce *codeError
	var c coder
	println(err.Error())
	println(errors.As(err, &ce), ce.code)
	println(errors.As(err, &c), c.Code())
	println(errors.Is(err, base), errors.Is(wrapped{"x", base}, base))
	println(errors.Unwrap(errors.Unwrap(err)) == error(ce))

	_, perr := strconv.Atoi("12a")
	var ne *strconv.NumError
	println(errors.As(perr, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	println(perr.Error())

	people := []struct {
		name string
		age  int
	}{{"ann", 41}, {"bob", 23}, {"cy", 35}, {"di", 23}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	words := []string{"pear", "fig", "apple"}
	sort.Strings(words)
	println(words[0], words[1], words[2], strconv.Quote("a\tb"), strconv.FormatFloat(1.5e-7, 'g', -1, 64))
}
