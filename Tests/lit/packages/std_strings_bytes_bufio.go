// strings, bytes, bufio and io from GOROOT, unmodified, over golly's
// bodies for internal/bytealg's assembly (std/README.md): searching,
// case mapping, strings.Builder and bytes.Buffer, Replacer, a
// bufio.Scanner by lines and by words over strings.NewReader, bufio's
// Reader and Writer, io.ReadAll and io.Copy.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:HELLO ababab 4
// CHECK-NEXT:x=1é 5 c true
// CHECK-NEXT:12c &lt;a&gt;
// CHECK-NEXT:a-b-c true x Go Lang
// CHECK-NEXT:true 3 3 true
// CHECK-NEXT:bcd hixx àb
// CHECK-NEXT:hello world 11 ABC 4
// CHECK-NEXT:y -1 p+q
// CHECK-NEXT:line: one two
// CHECK-NEXT:line: three
// CHECK-NEXT:line:{{ }}
// CHECK-NEXT:line: four
// CHECK-NEXT:word: alpha
// CHECK-NEXT:word: beta
// CHECK-NEXT:word: gamma
// CHECK-NEXT:word: delta
// CHECK-NEXT:4 true
// CHECK-NEXT:k1 -> v1
// CHECK-NEXT:k2 -> v2
// CHECK-NEXT:0
// CHECK-NEXT:buffered
// CHECK-NEXT:abcde true
// CHECK-NEXT:6 copied
// CHECK-NOT:{{.}}

package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

func main() {
	println(strings.ToUpper("hello"), strings.Repeat("ab", 3), strings.Index("chicken", "ken"))
	var b strings.Builder
	b.WriteString("x=")
	b.WriteByte('1')
	b.WriteRune('é')
	println(b.String(), b.Len(), strings.Fields(" a b  c ")[2], bytes.Equal([]byte("a"), []byte("a")))
	println(strings.NewReplacer("a", "1", "b", "2").Replace("abc"), strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<a>"))
	println(strings.Join(strings.Split("a,b,c", ","), "-"), strings.Contains("seafood", "foo"), strings.TrimSpace("  x  "), strings.Title("go lang"))
	println(strings.EqualFold("Go", "GO"), strings.LastIndex("go gopher", "go"), strings.Count("cheese", "e"), strings.HasPrefix("golly", "go"))
	println(strings.Map(func(r rune) rune { return r + 1 }, "abc"), strings.TrimLeft("xxhixx", "x"), strings.ToLower("ÀB"))
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	println(buf.String(), buf.Len(), string(bytes.ToUpper([]byte("abc"))), bytes.Index([]byte("chicken"), []byte("ken")))
	println(string(bytes.TrimSpace([]byte("  y "))), bytes.Compare([]byte("a"), []byte("b")), string(bytes.Join([][]byte{[]byte("p"), []byte("q")}, []byte("+"))))

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	for sc.Scan() {
		println("line:", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n delta "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		println("word:", ws.Text())
	}
	println(n, ws.Err() == nil)

	r := bufio.NewReader(strings.NewReader("k1=v1\nk2=v2\n"))
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			break
		}
		kv := strings.SplitN(strings.TrimSuffix(line, "\n"), "=", 2)
		println(kv[0], "->", kv[1])
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	w.WriteString("buffered")
	println(out.Len())
	w.Flush()
	println(out.String())
	data, err := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 5))
	println(string(data), err == nil)
	var sb strings.Builder
	nn, _ := io.Copy(&sb, strings.NewReader("copied"))
	println(nn, sb.String())
}
