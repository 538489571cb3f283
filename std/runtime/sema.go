package runtime

import "unsafe"

// The hooks package sync and sync/atomic declare without a body and gc's
// runtime provides by //go:linkname (runtime/sema.go, proc.go, mgc.go,
// panic.go, stubs.go, and runtime/internal/atomic for the two that sync's
// poolqueue links to): pushed here to the symbols they declare. The
// blocking parts, semaphores and sync.Cond's notify lists, are C on
// golly's scheduler (runtime/src/sema.c): a waiter parks and the goroutine
// that releases it makes it ready again, as for channels.
//
// Goroutines share one OS thread and switch only inside the scheduler
// (docs/DESIGN.md §8), so the plain loads and stores here are atomic: no
// other goroutine runs between them. They must become atomics, and the
// spinning hooks real ones, once goroutines run in parallel.

// semacquire blocks until *addr > 0, then decrements it; lifo queues the
// caller first among the waiters on addr (sync.Mutex's starving waiters).
func semacquire(addr *uint32, lifo bool)

// semrelease increments *addr and wakes the first waiter on addr; with
// handoff, the waiter takes the count at once and runs next (a starving
// sync.Mutex hands itself over).
func semrelease(addr *uint32, handoff bool)

// notifyList is sync.Cond's ticket-based list of waiters, in the layout
// sync declares (sync/runtime.go; gc's runtime/sema.go). lock is unused:
// nothing runs between two statements of the runtime. head and tail link
// the waiters' records, which live in their parked C frames (sema.c).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// notifyListWait parks the caller until ticket t has been notified.
func notifyListWait(l *notifyList, t uint32)

// notifyListNotifyAll readies every waiter of l.
func notifyListNotifyAll(l *notifyList)

// notifyListNotifyOne readies the waiter holding l's next ticket.
func notifyListNotifyOne(l *notifyList)

// nanotime is CLOCK_MONOTONIC in nanoseconds.
func nanotime() int64

// fatal prints gc's `fatal error: s` with the caller's traceback and
// exits 2 (gc's throw and fatal, runtime/panic.go).
func fatal(s string)

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32) {
	semacquire(addr, false)
}

//go:linkname sync_runtime_SemacquireMutex sync.runtime_SemacquireMutex
func sync_runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, lifo)
}

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease(addr, handoff)
}

// less reports a < b for ticket numbers that may wrap around.
func less(a, b uint32) bool {
	return int32(a-b) < 0
}

// notifyListAdd takes the caller's ticket, which it then waits for with
// notifyListWait.
//
//go:linkname sync_runtime_notifyListAdd sync.runtime_notifyListAdd
func sync_runtime_notifyListAdd(l *notifyList) uint32 {
	t := l.wait
	l.wait = t + 1
	return t
}

//go:linkname sync_runtime_notifyListWait sync.runtime_notifyListWait
func sync_runtime_notifyListWait(l *notifyList, t uint32) {
	// Notified since notifyListAdd: no need to park.
	if less(t, l.notify) {
		return
	}
	notifyListWait(l, t)
}

//go:linkname sync_runtime_notifyListNotifyAll sync.runtime_notifyListNotifyAll
func sync_runtime_notifyListNotifyAll(l *notifyList) {
	if l.wait != l.notify {
		notifyListNotifyAll(l)
	}
}

//go:linkname sync_runtime_notifyListNotifyOne sync.runtime_notifyListNotifyOne
func sync_runtime_notifyListNotifyOne(l *notifyList) {
	if l.wait != l.notify {
		notifyListNotifyOne(l)
	}
}

//go:linkname sync_runtime_notifyListCheck sync.runtime_notifyListCheck
func sync_runtime_notifyListCheck(size uintptr) {
	if size != unsafe.Sizeof(notifyList{}) {
		print("runtime: bad notifyList size - sync=", size, " runtime=", unsafe.Sizeof(notifyList{}), "\n")
		fatal("bad notifyList size")
	}
}

// sync.Mutex spins only with several Ps and other running goroutines:
// golly has one thread, where spinning would only delay the holder.
//
//go:linkname sync_runtime_canSpin sync.runtime_canSpin
func sync_runtime_canSpin(i int) bool { return false }

//go:linkname sync_runtime_doSpin sync.runtime_doSpin
func sync_runtime_doSpin() {}

//go:linkname sync_runtime_nanotime sync.runtime_nanotime
func sync_runtime_nanotime() int64 { return nanotime() }

// procPin keeps the goroutine on its P and returns the P's id; golly has
// one P (id 0) and switches goroutines only inside the scheduler, which
// sync.Pool does not call between pin and unpin. While pinned, a
// collection leaves the pools alone (gc starts none: procPin takes a lock
// of the M, which gcStart waits for).
//
//go:linkname sync_runtime_procPin sync.runtime_procPin
func sync_runtime_procPin() int {
	pinned++
	return 0
}

//go:linkname sync_runtime_procUnpin sync.runtime_procUnpin
func sync_runtime_procUnpin() { pinned-- }

var pinned int

// poolcleanup is sync.Pool's cleanup, which the collector calls at the
// start of each cycle to drop pooled objects (mgc.go clearpools).
var poolcleanup func()

//go:linkname sync_runtime_registerPoolCleanup sync.runtime_registerPoolCleanup
func sync_runtime_registerPoolCleanup(f func()) {
	poolcleanup = f
}

// clearpools runs sync.Pool's cleanup as a collection starts
// (runtime/src/mgc.c, as gc's gcStart).
func clearpools() {
	if poolcleanup != nil && pinned == 0 {
		poolcleanup()
	}
}

// sync.throw and sync.fatal: gc's throw (a fault of the runtime) and
// fatal (of the program) both print `fatal error: s` and exit 2.
//
//go:linkname sync_throw sync.throw
func sync_throw(s string) { fatal(s) }

//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) { fatal(s) }

// fastrand is a cheap random number (runtime/src/typealg.c, gc's fastrand).
func fastrand() uint32

// sync.fastrandn: a random number in [0, n) (gc's stubs.go fastrandn,
// Lemire's multiply-shift).
//
//go:linkname sync_fastrandn sync.fastrandn
func sync_fastrandn(n uint32) uint32 {
	return uint32(uint64(fastrand()) * uint64(n) >> 32)
}

// runtime/internal/atomic's load-acquire and store-release of a uintptr,
// which sync's poolqueue links to: plain accesses on one thread.
//
//go:linkname atomic_LoadAcquintptr runtime/internal/atomic.LoadAcquintptr
func atomic_LoadAcquintptr(ptr *uintptr) uintptr { return *ptr }

//go:linkname atomic_StoreReluintptr runtime/internal/atomic.StoreReluintptr
func atomic_StoreReluintptr(ptr *uintptr, val uintptr) uintptr {
	*ptr = val
	return val
}
