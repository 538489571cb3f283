// The network poller (runtime/src/netpoll.c) under os's pipes: a goroutine
// blocked reading a pipe parks (`IO wait`) while the others run; a read
// deadline ends a read that would wait (os.ErrDeadlineExceeded), closing
// the file wakes a blocked reader (os.ErrClosed), and a write larger than
// the pipe parks until the reader drains it. Expected output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:sum 5
// CHECK-NEXT:through the pipe
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:1048576

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	// A goroutine blocked reading a pipe must not block the others: main
	// waits on a channel that goroutines fill while the reader waits.
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	got := make(chan string)
	go func() {
		b, err := io.ReadAll(r)
		if err != nil {
			panic(err)
		}
		got <- string(b)
	}()
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- i * i }(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)
	fmt.Fprint(w, "through the pipe")
	w.Close()
	fmt.Println(<-got)

	// A read deadline ends a read that would wait.
	r2, w2, _ := os.Pipe()
	r2.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	start := time.Now()
	_, err = r2.Read(make([]byte, 1))
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded), time.Since(start) >= 20*time.Millisecond)
	// Closing the file wakes a blocked reader.
	go func() {
		time.Sleep(10 * time.Millisecond)
		r2.Close()
	}()
	r2.SetReadDeadline(time.Time{})
	_, err = r2.Read(make([]byte, 1))
	fmt.Println(errors.Is(err, os.ErrClosed))
	w2.Close()

	// A large write parks until the reader drains the pipe.
	r3, w3, _ := os.Pipe()
	big := make([]byte, 1<<20)
	go func() {
		w3.Write(big)
		w3.Close()
	}()
	n, _ := io.Copy(io.Discard, r3)
	fmt.Println(n)
}
