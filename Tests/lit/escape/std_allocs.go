// Allocations gc avoids and std's own tests count (testing.AllocsPerRun):
// string(b) compared or used as a map key shares b's bytes
// (IRGen/TransientStrings.swift); a strings.Builder stays in the frame
// because the parameter summaries of package strings say its methods keep
// no pointer to it (Escape/ParameterSummaries.swift); string(rune) whose
// string cannot outlive its block is built in the frame, and one that is
// kept is not. At -O0 and -O2. Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:string(b) compared: 0
// CHECK-NEXT:string(b) as a map key: 0
// CHECK-NEXT:strings.Builder in the frame: 1
// CHECK-NEXT:string(rune) in the frame: 0
// CHECK-NEXT:string(rune) kept: 1

package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Allocations gc avoids, counted as std's own tests count them.
func main() {
	a, b := []byte("hello, world"), []byte("hello, world")
	m := map[string]int{"hello, world": 1}
	fmt.Println("string(b) compared:", testing.AllocsPerRun(100, func() {
		if string(a) != string(b) || !bytes.Equal(a, b) {
			panic("unequal")
		}
	}))
	fmt.Println("string(b) as a map key:", testing.AllocsPerRun(100, func() {
		if m[string(a)] != 1 {
			panic("missing")
		}
	}))
	fmt.Println("strings.Builder in the frame:", testing.AllocsPerRun(100, func() {
		var sb strings.Builder
		sb.Grow(16)
		sb.WriteString("abc")
		sb.WriteByte('d')
		_ = sb.String()
	}))
	fmt.Println("string(rune) in the frame:", testing.AllocsPerRun(100, func() {
		if strings.IndexRune("test世界", '界') != 7 || bytes.IndexRune(a, 'é') != -1 {
			panic("wrong index")
		}
	}))
	var kept string
	fmt.Println("string(rune) kept:", testing.AllocsPerRun(100, func() {
		kept = string(rune(0x4e16 + len(kept)%2))
	}))
}
