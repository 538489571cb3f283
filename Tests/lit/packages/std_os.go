// os and syscall from GOROOT over golly's hooks (std/syscall, std/runtime/
// syscall.go, os.go, poll.go; runtime/src/syscall.c): os.Args, the
// environment (Setenv, Getenv, LookupEnv, Environ, Unsetenv), files in a
// fresh directory (Create, Write, Close, Open, Read, Stat, ReadFile,
// WriteFile, OpenFile with O_APPEND, MkdirAll, Rename, ReadDir, Remove),
// fs.ErrNotExist and fs.ErrExist, and println's output in its place among
// writes to os.Stderr and os.Stdout (gc's order).
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:args 1 true
// CHECK-NEXT:getenv v1
// CHECK-NEXT:lookup v1 true
// CHECK-NEXT:environ 1
// CHECK-NEXT:after unset false ""
// CHECK-NEXT:expand a-b
// CHECK-NEXT:wrote 12
// CHECK-NEXT:close again true
// CHECK-NEXT:read 5 "hello"
// CHECK-NEXT:stat a.txt 12 true false
// CHECK-NEXT:readfile "hello, file\n"
// CHECK-NEXT:mode -rw-r----- 10
// CHECK-NEXT:appended 0123456789ab
// CHECK-NEXT:renamed away true
// CHECK-NEXT:readdir a.txt:false,x:true
// CHECK-NEXT:in x c.txt
// CHECK-NEXT:in x y
// CHECK-NEXT:missing true true
// CHECK-NEXT:patherror open /a.txt no such file or directory
// CHECK-NEXT:remove again true
// CHECK-NEXT:mkdir exists true
// CHECK-NEXT:getwd true
// CHECK-NEXT:pid true
// CHECK-NEXT:hostname true
// CHECK-NEXT:to stderr
// CHECK-NEXT:stderr direct
// CHECK-NEXT:after
// CHECK-NEXT:done
// CHECK-NOT:{{.}}

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func say(s ...string) {
	os.Stdout.WriteString(strings.Join(s, " ") + "\n")
}

func check(what string, err error) {
	if err != nil {
		say(what, "failed:", err.Error())
		os.Exit(1)
	}
}

func main() {
	say("args", strconv.Itoa(len(os.Args)), strconv.FormatBool(os.Args[0] != ""))

	// The environment.
	check("setenv", os.Setenv("GOLLY_TEST_VAR", "v1"))
	say("getenv", os.Getenv("GOLLY_TEST_VAR"))
	v, ok := os.LookupEnv("GOLLY_TEST_VAR")
	say("lookup", v, strconv.FormatBool(ok))
	n := 0
	for _, kv := range os.Environ() {
		if kv == "GOLLY_TEST_VAR=v1" {
			n++
		}
	}
	say("environ", strconv.Itoa(n))
	check("unsetenv", os.Unsetenv("GOLLY_TEST_VAR"))
	_, ok = os.LookupEnv("GOLLY_TEST_VAR")
	say("after unset", strconv.FormatBool(ok), strconv.Quote(os.Getenv("GOLLY_TEST_VAR")))
	say("expand", os.Expand("${A}-$B", func(k string) string { return strings.ToLower(k) }))

	// Files in a fresh directory.
	dir, err := os.MkdirTemp("", "golly-os-")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)

	name := filepath.Join(dir, "a.txt")
	f, err := os.Create(name)
	check("create", err)
	k, err := f.Write([]byte("hello, "))
	check("write", err)
	k2, err := f.WriteString("file\n")
	check("writestring", err)
	say("wrote", strconv.Itoa(k+k2))
	check("close", f.Close())
	say("close again", strconv.FormatBool(f.Close() != nil))

	f, err = os.Open(name)
	check("open", err)
	buf := make([]byte, 5)
	k, err = f.Read(buf)
	check("read", err)
	say("read", strconv.Itoa(k), strconv.Quote(string(buf[:k])))
	fi, err := f.Stat()
	check("stat", err)
	say("stat", fi.Name(), strconv.FormatInt(fi.Size(), 10), strconv.FormatBool(fi.Mode().IsRegular()), strconv.FormatBool(fi.IsDir()))
	check("close", f.Close())

	data, err := os.ReadFile(name)
	check("readfile", err)
	say("readfile", strconv.Quote(string(data)))

	other := filepath.Join(dir, "b.txt")
	check("writefile", os.WriteFile(other, []byte("0123456789"), 0640))
	fi, err = os.Stat(other)
	check("stat b", err)
	say("mode", fi.Mode().Perm().String(), strconv.FormatInt(fi.Size(), 10))

	f, err = os.OpenFile(other, os.O_APPEND|os.O_WRONLY, 0)
	check("openfile", err)
	f.WriteString("ab")
	f.Close()
	data, _ = os.ReadFile(other)
	say("appended", string(data))

	check("mkdirall", os.MkdirAll(filepath.Join(dir, "x", "y", "z"), 0755))
	check("rename", os.Rename(other, filepath.Join(dir, "x", "c.txt")))
	_, err = os.Stat(other)
	say("renamed away", strconv.FormatBool(errors.Is(err, fs.ErrNotExist)))

	entries, err := os.ReadDir(dir)
	check("readdir", err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name()+":"+strconv.FormatBool(e.IsDir()))
	}
	sort.Strings(names)
	say("readdir", strings.Join(names, ","))
	sub, err := os.ReadDir(filepath.Join(dir, "x"))
	check("readdir x", err)
	for _, e := range sub {
		say("in x", e.Name())
	}

	check("remove", os.Remove(name))
	_, err = os.Open(name)
	say("missing", strconv.FormatBool(errors.Is(err, fs.ErrNotExist)), strconv.FormatBool(os.IsNotExist(err)))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		say("patherror", pe.Op, strings.TrimPrefix(pe.Path, dir), pe.Err.Error())
	}
	err = os.Remove(name)
	say("remove again", strconv.FormatBool(errors.Is(err, fs.ErrNotExist)))
	err = os.Mkdir(filepath.Join(dir, "x"), 0755)
	say("mkdir exists", strconv.FormatBool(errors.Is(err, fs.ErrExist)))

	wd, err := os.Getwd()
	check("getwd", err)
	say("getwd", strconv.FormatBool(filepath.IsAbs(wd)))
	say("pid", strconv.FormatBool(os.Getpid() > 0))
	host, err := os.Hostname()
	say("hostname", strconv.FormatBool(err == nil && host != ""))

	println("to stderr")
	os.Stderr.WriteString("stderr direct\n")
	println("after")
	os.Stdout.WriteString("done\n")
}
