// Package runtime is golly's runtime package: the Go-visible API of the C
// runtime in runtime/src, in Go's words and with Go's documentation
// (runtime/extern.go, runtime/mgc.go and friends). It replaces GOROOT's
// runtime package whole (std/README.md): a function declared here without
// a body is implemented in C under its Go symbol (runtime/include/golly/
// runtime.h), taking the closure context first as every Go function does.
package runtime

// GOOS and GOARCH: golly targets linux/amd64 only.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the toolchain the program was built with. golly
// reports "gc": the standard library chooses gc's code paths by it, and
// golly's ABI is what they expect.
const Compiler = "gc"

// GC runs a full garbage collection, then lets other goroutines run.
func GC()

// Gosched yields the processor to the other runnable goroutines.
func Gosched()

// Goexit runs the calling goroutine's deferred calls and ends it.
func Goexit()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// KeepAlive marks its argument as reachable up to this call.
func KeepAlive(x any)

// GOMAXPROCS sets the number of goroutines that may run at once and
// returns the previous setting (n < 1 only reads it); it starts at
// $GOMAXPROCS or NumCPU, as gc's. golly runs goroutines on one thread
// whatever it is (runtime/src/exported.c).
func GOMAXPROCS(n int) int

// SetFinalizer sets the function the collector calls with obj once obj
// becomes unreachable (runtime/src/mfinal.c).
func SetFinalizer(obj any, finalizer any)

// ReadMemStats fills m with the collector's statistics.
func ReadMemStats(m *MemStats)

// Error is the interface of the run-time errors a program's panics carry
// (runtime/src/error.c makes them).
type Error interface {
	error
	// RuntimeError distinguishes run-time errors from ordinary errors.
	RuntimeError()
}

// The run-time errors math/bits reaches by //go:linkname (gc's panic.go):
// bits.Div's overflow and its division by zero.
var (
	overflowError = makeErrorString("integer overflow").(error)
	divideError   = makeErrorString("integer divide by zero").(error)
)

// makeErrorString is a runtime.errorString holding s (runtime/src/error.c).
func makeErrorString(s string) any

// NumCPU returns the number of logical CPUs the process may use.
func NumCPU() int

// MemProfileRate is the sampling rate of the memory profile. golly keeps
// none, so it starts at 0, as gc's does in a program that never reads the
// profile (the linker's disableMemoryProfiling), and only holds what the
// program sets.
var MemProfileRate int

// SetBlockProfileRate sets the rate of the blocking profile, which golly
// does not keep (runtime/pprof's "block" profile stays empty).
func SetBlockProfileRate(rate int) { blockProfileRate = rate }

var blockProfileRate int

// SetMutexProfileFraction sets the rate of the mutex contention profile,
// which golly does not keep, and returns the previous rate; a negative rate
// only reads it.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

var mutexProfileFraction int
