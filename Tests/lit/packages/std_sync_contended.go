// A sync.Mutex held across yields and a long loop (the ticker preempts it,
// so waiters park past sync's 1 ms starvation threshold and Unlock hands
// the lock over: semrelease's handoff), an RWMutex whose readers never see
// a writer's intermediate state, a Cond ping-pong of 2000 turns, and a
// Pool across collections.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:counter 1600
// CHECK-NEXT:rw bad 0
// CHECK-NEXT:pingpong done 0
// CHECK-NEXT:pool ok
// CHECK-NOT:{{.}}

package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

var sink int

func spin(n int) {
	for i := 0; i < n; i++ {
		sink += i
	}
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				mu.Lock()
				c := counter
				if i%7 == 0 {
					runtime.Gosched()
				}
				if i%50 == 0 {
					spin(20000000) // long hold: waiters starve, handoff mode
				}
				counter = c + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println("counter", counter)

	var rw sync.RWMutex
	shared := 0
	var bad int32
	var wg2 sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg2.Add(1)
		go func(g int) {
			defer wg2.Done()
			for i := 0; i < 100; i++ {
				if g%3 == 0 {
					rw.Lock()
					shared++
					runtime.Gosched()
					shared--
					rw.Unlock()
				} else {
					rw.RLock()
					if shared != 0 {
						atomic.AddInt32(&bad, 1)
					}
					runtime.Gosched()
					rw.RUnlock()
				}
			}
		}(g)
	}
	wg2.Wait()
	println("rw bad", bad)

	// Cond ping-pong.
	var m sync.Mutex
	c := sync.NewCond(&m)
	turn := 0
	var wg3 sync.WaitGroup
	for p := 0; p < 2; p++ {
		wg3.Add(1)
		go func(p int) {
			defer wg3.Done()
			for i := 0; i < 1000; i++ {
				m.Lock()
				for turn != p {
					c.Wait()
				}
				turn = 1 - p
				c.Broadcast()
				m.Unlock()
			}
		}(p)
	}
	wg3.Wait()
	println("pingpong done", turn)
	runtime.GC()
	var pool sync.Pool
	for i := 0; i < 1000; i++ {
		b := pool.Get()
		if b == nil {
			b = make([]byte, 1024)
		}
		pool.Put(b)
		if i%100 == 0 {
			runtime.GC()
		}
	}
	println("pool ok")
}
