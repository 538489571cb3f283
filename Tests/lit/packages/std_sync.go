// sync and sync/atomic from GOROOT over golly's hooks (std/runtime/sema.go,
// runtime/src/sema.c, std/sync/atomic): a Mutex and a WaitGroup shared by
// 100 goroutines, a Cond with a producer and three consumers (Signal and
// Broadcast), an RWMutex with writers and readers, a Once raced by five
// goroutines, a Pool's Get and Put, the atomic functions, Value and the
// Int32, Bool and Uint64 types. Output is deterministic: only totals print.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:total 5050
// CHECK-NEXT:sum 1275
// CHECK-NEXT:map 5 16 reads 10
// CHECK-NEXT:once 1
// CHECK-NEXT:new
// CHECK-NEXT:pooled
// CHECK-NEXT:new
// CHECK-NEXT:5 true false
// CHECK-NEXT:7
// CHECK-NEXT:3 7
// CHECK-NEXT:7
// CHECK-NEXT:true
// CHECK-NEXT:first first true third
// CHECK-NEXT:42 42 true 1 9
// CHECK-NEXT:true true false
// CHECK-NEXT:1099511627776
// CHECK-NOT:{{.}}

package main

import (
	"sync"
	"sync/atomic"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	// Mutex and WaitGroup: many goroutines, each yielding inside the lock.
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += i
		}(i)
	}
	wg.Wait()
	println("total", total)

	// Cond: a producer and three consumers.
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var sum int64
	var cwg sync.WaitGroup
	for c := 0; c < 3; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.done {
					q.cond.Wait()
				}
				if len(q.items) == 0 {
					q.mu.Unlock()
					return
				}
				x := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				atomic.AddInt64(&sum, int64(x))
			}
		}()
	}
	for i := 1; i <= 50; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	cwg.Wait()
	println("sum", atomic.LoadInt64(&sum))

	// RWMutex: readers share, a writer excludes.
	var rw sync.RWMutex
	m := map[int]int{}
	var rwg sync.WaitGroup
	for w := 0; w < 5; w++ {
		rwg.Add(1)
		go func(w int) {
			defer rwg.Done()
			rw.Lock()
			m[w] = w * w
			rw.Unlock()
		}(w)
	}
	var reads int32
	for r := 0; r < 10; r++ {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			rw.RLock()
			_ = len(m)
			atomic.AddInt32(&reads, 1)
			rw.RUnlock()
		}()
	}
	rwg.Wait()
	rw.RLock()
	println("map", len(m), m[4], "reads", atomic.LoadInt32(&reads))
	rw.RUnlock()

	// Once: only the first Do runs, even from many goroutines.
	var once sync.Once
	var owg sync.WaitGroup
	calls := 0
	for i := 0; i < 5; i++ {
		owg.Add(1)
		go func() { defer owg.Done(); once.Do(func() { calls++ }) }()
	}
	owg.Wait()
	println("once", calls)

	// Pool: a put value comes back; New fills an empty pool.
	p := sync.Pool{New: func() any { return "new" }}
	println(p.Get().(string))
	p.Put("pooled")
	println(p.Get().(string))
	println(p.Get().(string))

	// Atomics.
	var n int64
	println(atomic.AddInt64(&n, 5), atomic.CompareAndSwapInt64(&n, 5, 7), atomic.CompareAndSwapInt64(&n, 5, 9))
	println(n)
	var u32 uint32 = 3
	println(atomic.SwapUint32(&u32, 8), atomic.AddUint32(&u32, ^uint32(0)))
	println(u32)
	var v atomic.Value
	println(v.Load() == nil)
	v.Store("first")
	println(v.Load().(string), v.Swap("second").(string), v.CompareAndSwap("second", "third"), v.Load().(string))
	var i32 atomic.Int32
	i32.Store(40)
	println(i32.Add(2), i32.Load(), i32.CompareAndSwap(42, 1), i32.Swap(9), i32.Load())
	var b atomic.Bool
	b.Store(true)
	println(b.Load(), b.Swap(false), b.Load())
	var u64 atomic.Uint64
	u64.Add(1 << 40)
	println(u64.Load())
}
