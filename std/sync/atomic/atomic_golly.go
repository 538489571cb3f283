// golly's bodies for sync/atomic's functions, which gc implements in
// assembly (asm.s jumps to runtime/internal/atomic) and golly cannot
// assemble (std/README.md).
//
// Each body is a plain load, store or read-modify-write. That is atomic
// under golly's scheduler (docs/DESIGN.md §8): every goroutine runs on one
// OS thread and a goroutine gives up the thread only inside the scheduler,
// i.e. at a call into it (a channel operation, Gosched, ...) or at the
// preemption check golly puts on the back edge of a loop. These functions
// have neither loops nor calls, so nothing can run between their load and
// their store: no other goroutine sees a half-done operation, and with a
// single thread every store is visible to the next load, in program order
// (sequential consistency, which the memory model asks of sync/atomic).
// The signal handlers golly installs do not touch Go memory.
//
// This holds only while goroutines share one thread. Once they run in
// parallel (an M:N scheduler), each body must become the LLVM atomic
// instruction gc's assembly uses: atomicrmw xchg / add, cmpxchg, and
// seq_cst load and store.

package atomic

import "unsafe" // for go:linkname and the Pointer variants

//go:linkname gollySwapInt32 sync/atomic.SwapInt32
func gollySwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

//go:linkname gollySwapInt64 sync/atomic.SwapInt64
func gollySwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

//go:linkname gollySwapUint32 sync/atomic.SwapUint32
func gollySwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

//go:linkname gollySwapUint64 sync/atomic.SwapUint64
func gollySwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

//go:linkname gollySwapUintptr sync/atomic.SwapUintptr
func gollySwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return old
}

//go:linkname gollySwapPointer sync/atomic.SwapPointer
func gollySwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return old
}

//go:linkname gollyCompareAndSwapInt32 sync/atomic.CompareAndSwapInt32
func gollyCompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname gollyCompareAndSwapInt64 sync/atomic.CompareAndSwapInt64
func gollyCompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname gollyCompareAndSwapUint32 sync/atomic.CompareAndSwapUint32
func gollyCompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname gollyCompareAndSwapUint64 sync/atomic.CompareAndSwapUint64
func gollyCompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname gollyCompareAndSwapUintptr sync/atomic.CompareAndSwapUintptr
func gollyCompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname gollyCompareAndSwapPointer sync/atomic.CompareAndSwapPointer
func gollyCompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname gollyAddInt32 sync/atomic.AddInt32
func gollyAddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

//go:linkname gollyAddUint32 sync/atomic.AddUint32
func gollyAddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

//go:linkname gollyAddInt64 sync/atomic.AddInt64
func gollyAddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

//go:linkname gollyAddUint64 sync/atomic.AddUint64
func gollyAddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

//go:linkname gollyAddUintptr sync/atomic.AddUintptr
func gollyAddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

//go:linkname gollyLoadInt32 sync/atomic.LoadInt32
func gollyLoadInt32(addr *int32) (val int32) { return *addr }

//go:linkname gollyLoadInt64 sync/atomic.LoadInt64
func gollyLoadInt64(addr *int64) (val int64) { return *addr }

//go:linkname gollyLoadUint32 sync/atomic.LoadUint32
func gollyLoadUint32(addr *uint32) (val uint32) { return *addr }

//go:linkname gollyLoadUint64 sync/atomic.LoadUint64
func gollyLoadUint64(addr *uint64) (val uint64) { return *addr }

//go:linkname gollyLoadUintptr sync/atomic.LoadUintptr
func gollyLoadUintptr(addr *uintptr) (val uintptr) { return *addr }

//go:linkname gollyLoadPointer sync/atomic.LoadPointer
func gollyLoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

//go:linkname gollyStoreInt32 sync/atomic.StoreInt32
func gollyStoreInt32(addr *int32, val int32) { *addr = val }

//go:linkname gollyStoreInt64 sync/atomic.StoreInt64
func gollyStoreInt64(addr *int64, val int64) { *addr = val }

//go:linkname gollyStoreUint32 sync/atomic.StoreUint32
func gollyStoreUint32(addr *uint32, val uint32) { *addr = val }

//go:linkname gollyStoreUint64 sync/atomic.StoreUint64
func gollyStoreUint64(addr *uint64, val uint64) { *addr = val }

//go:linkname gollyStoreUintptr sync/atomic.StoreUintptr
func gollyStoreUintptr(addr *uintptr, val uintptr) { *addr = val }

//go:linkname gollyStorePointer sync/atomic.StorePointer
func gollyStorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

// runtime_procPin and runtime_procUnpin (value.go) keep the goroutine on
// its P while Value.Store publishes its first value; with one thread and
// no preemption outside loops there is nothing to pin. gc's runtime
// returns the P's id: golly has one P, 0.

//go:linkname gollyProcPin sync/atomic.runtime_procPin
func gollyProcPin() int { return 0 }

//go:linkname gollyProcUnpin sync/atomic.runtime_procUnpin
func gollyProcUnpin() {}
