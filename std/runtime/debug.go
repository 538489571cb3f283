package runtime

import _ "unsafe" // for go:linkname

// The hooks of runtime/debug (gc's runtime/mgc.go, proc.go, stack.go,
// mgcpacer.go and runtime/debug's bodyless declarations): pushed under
// runtime/debug's symbols. golly's collector is not concurrent and its
// goroutines share one thread, so the limits are kept and reported back but
// change nothing; setGCPercent paces the collector as GOGC does.

// gcPercent sets GOGC's percentage (< 0: off) and returns the previous
// one (runtime/src/mgc.c).
func gcPercent(percent int32) int32

//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(percent int32) int32 { return gcPercent(percent) }

//go:linkname freeOSMemory runtime/debug.freeOSMemory
func freeOSMemory() { GC() }

// readGCStats fills *pauses with the pause history, newest first, then
// the end times, then the last collection's time, the number of
// collections and the total pause (runtime/mstats.go readGCStats_m).
//
//go:linkname readGCStats runtime/debug.readGCStats
func readGCStats(pauses *[]uint64) {
	var m MemStats
	ReadMemStats(&m)
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	p := (*pauses)[:cap(*pauses)]
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i) % len(m.PauseNs)
		p[i] = m.PauseNs[j]
		p[n+i] = m.PauseEnd[j]
	}
	p[2*n] = m.LastGC
	p[2*n+1] = uint64(m.NumGC)
	p[2*n+2] = m.PauseTotalNs
	*pauses = p[:2*n+3]
}

var (
	maxStack            = 1 << 30 // gc's 1 GB on 64-bit machines
	maxThreads          = 10000
	memoryLimit   int64 = 1<<63 - 1
	tracebackName       = "single"
)

//go:linkname setMaxStack runtime/debug.setMaxStack
func setMaxStack(in int) (out int) {
	out, maxStack = maxStack, in
	return out
}

//go:linkname setMaxThreads runtime/debug.setMaxThreads
func setMaxThreads(in int) (out int) {
	out, maxThreads = maxThreads, in
	return out
}

// setPanicOnFault is the running goroutine's setting, which the fault
// handler reads (runtime/src/signal.c).
//
//go:linkname setPanicOnFault runtime/debug.setPanicOnFault
func setPanicOnFault(new bool) (old bool) { return swapPanicOnFault(new) }

func swapPanicOnFault(new bool) (old bool)

//go:linkname setMemoryLimit runtime/debug.setMemoryLimit
func setMemoryLimit(in int64) (out int64) {
	out = memoryLimit
	if in >= 0 {
		memoryLimit = in
	}
	return out
}

// modinfo is the module information the go command embeds; golly builds
// carry none, so debug.ReadBuildInfo reports none.
//
//go:linkname modinfo runtime/debug.modinfo
func modinfo() string { return "" }

// SetTraceback keeps the level; golly's tracebacks print the running
// goroutine whatever it is.
//
//go:linkname setTraceback runtime/debug.SetTraceback
func setTraceback(level string) { tracebackName = level }
