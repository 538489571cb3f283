// An interface type embedding others has the union of their methods,
// duplicates included once; a value satisfying the big interface converts
// to each embedded one (Go spec, Embedded interfaces).
// RUN: %golly build -O0 -o %t0.exe %s
// RUN: %t0.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %golly build -O2 -o %t2.exe %s
// RUN: %t2.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:1
// CHECK-NEXT:9
// CHECK-NEXT:closed
// CHECK-NEXT:10 5
// CHECK-NOT:{{.}}

package main

type Reader interface {
	Read() int
}

type Writer interface {
	Write(v int)
}

type Closer interface {
	Close() string
}

type ReadWriter interface {
	Reader
	Writer
}

// Overlapping embedded method sets (allowed since Go 1.14).
type ReadWriteCloser interface {
	ReadWriter
	Reader
	Closer
	Write(v int)
}

type File struct {
	data []int
	pos  int
}

func (f *File) Read() int {
	if f.pos >= len(f.data) {
		return -1
	}
	v := f.data[f.pos]
	f.pos++
	return v
}

func (f *File) Write(v int)   { f.data = append(f.data, v) }
func (f *File) Close() string { return "closed" }

//go:noinline
func drain(r Reader) int {
	sum := 0
	for {
		v := r.Read()
		if v < 0 {
			return sum
		}
		sum += v
	}
}

func main() {
	var rwc ReadWriteCloser = &File{}
	rwc.Write(1)
	rwc.Write(2)
	var w Writer = rwc
	w.Write(3)
	var rw ReadWriter = rwc
	rw.Write(4)
	println(rw.Read())
	println(drain(rwc))
	var c Closer = rwc
	println(c.Close())
	rw.Write(10)
	var r Reader = rw
	println(drain(r), len(rwc.(*File).data))
}
