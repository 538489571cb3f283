// time from GOROOT over golly's hooks (std/runtime/time.go,
// runtime/src/time.c): Now and Since (wall and monotonic clocks), Sleep
// (goroutines wake in deadline order), and the timers of After, NewTimer
// with Stop and Reset, AfterFunc, Ticker, and After in a select. Only
// deterministic facts print.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:year ok true
// CHECK-NEXT:slept true
// CHECK-NEXT:monotonic true
// CHECK-NEXT:unix true
// CHECK-NEXT:order 10 20 30
// CHECK-NEXT:after true
// CHECK-NEXT:stop true false
// CHECK-NEXT:reset fired
// CHECK-NEXT:afterfunc true
// CHECK-NEXT:ticks 4
// CHECK-NEXT:timeout
// CHECK-NEXT:end true
// CHECK-NOT:{{.}}

package main

import (
	"os"
	"strconv"
	"sync"
	"time"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	t0 := time.Now()
	say("year ok " + strconv.FormatBool(t0.Year() >= 2023))
	time.Sleep(20 * time.Millisecond)
	d := time.Since(t0)
	say("slept " + strconv.FormatBool(d >= 20*time.Millisecond))
	t1 := time.Now()
	say("monotonic " + strconv.FormatBool(t1.After(t0) && t1.Sub(t0) >= 20*time.Millisecond))
	time.Sleep(0)
	time.Sleep(-1)
	say("unix " + strconv.FormatBool(t1.Unix() > 1600000000))

	// Sleeping goroutines wake in deadline order.
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, ms := range []int{30, 10, 20} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	s := ""
	for _, ms := range order {
		s += " " + strconv.Itoa(ms)
	}
	say("order" + s)

	// Timers: After, NewTimer and Stop, Reset, AfterFunc, Ticker.
	start := time.Now()
	<-time.After(10 * time.Millisecond)
	say("after " + strconv.FormatBool(time.Since(start) >= 10*time.Millisecond))
	tm := time.NewTimer(time.Hour)
	say("stop " + strconv.FormatBool(tm.Stop()) + " " + strconv.FormatBool(tm.Stop()))
	tm.Reset(5 * time.Millisecond)
	<-tm.C
	say("reset fired")
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	say("afterfunc " + strconv.FormatBool(<-done))
	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			break
		}
	}
	tk.Stop()
	say("ticks " + strconv.Itoa(n))
	select {
	case <-time.After(5 * time.Millisecond):
		say("timeout")
	case <-make(chan int):
		say("impossible")
	}
	var f float64
	go func() {
		for i := 0; i < 1000000; i++ {
			f += 1
		}
	}()
	time.Sleep(time.Millisecond)
	say("end " + strconv.FormatBool(time.Since(t0) > 0))
}
