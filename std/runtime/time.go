package runtime

import _ "unsafe" // for go:linkname

// The hooks package time declares without a body and gc's runtime provides
// by //go:linkname (runtime/timestub.go, time.go): pushed here to the
// symbols they declare. time.Sleep parks the goroutine on golly's
// scheduler until its deadline (runtime/src/time.c); the timers of
// time.Timer, After, AfterFunc and Ticker are kept here, in the Go heap
// where the collector sees them, and run by the scheduler (time.c calls
// checkTimers) when they are due: their functions (time's sendTime, which
// sends without blocking, and goFunc, which starts a goroutine) run inside
// the scheduler on whichever goroutine it is switching from, as gc runs
// them on the goroutine that runs its scheduler.

// walltime is CLOCK_REALTIME in nanoseconds since 1970.
func walltime() int64

// sleepUntil parks the caller until nanotime() >= when.
func sleepUntil(when int64)

// timerAdded tells the scheduler a timer is due at when.
func timerAdded(when int64)

//go:linkname time_now time.now
func time_now() (sec int64, nsec int32, mono int64) {
	ns := walltime()
	return ns / 1e9, int32(ns % 1e9), nanotime()
}

//go:linkname time_Sleep time.Sleep
func time_Sleep(ns int64) {
	if ns <= 0 {
		return
	}
	when := nanotime() + ns
	if when < 0 {
		when = 1<<63 - 1
	}
	sleepUntil(when)
}

// timer is time.runtimeTimer (gc's runtime/time.go timer): pp and nextwhen
// are unused here; status is 1 while the timer is in timers.
type timer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

// timers are the pending timers, in no order (a program has few).
var timers []*timer

func addtimer(t *timer) {
	if t.when <= 0 {
		fatal("timer when must be positive")
	}
	if t.period < 0 {
		fatal("timer period must be non-negative")
	}
	t.status = 1
	timers = append(timers, t)
	timerAdded(t.when)
}

// deltimer removes t and reports whether it was pending.
func deltimer(t *timer) bool {
	if t.status == 0 {
		return false
	}
	for i, u := range timers {
		if u == t {
			last := len(timers) - 1
			timers[i] = timers[last]
			timers[last] = nil
			timers = timers[:last]
			break
		}
	}
	t.status = 0
	return true
}

//go:linkname time_startTimer time.startTimer
func time_startTimer(t *timer) { addtimer(t) }

//go:linkname time_stopTimer time.stopTimer
func time_stopTimer(t *timer) bool { return deltimer(t) }

//go:linkname time_resetTimer time.resetTimer
func time_resetTimer(t *timer, when int64) bool {
	return time_modTimer(t, when, t.period, t.f, t.arg, t.seq)
}

//go:linkname time_modTimer time.modTimer
func time_modTimer(t *timer, when, period int64, f func(any, uintptr), arg any, seq uintptr) bool {
	pending := deltimer(t)
	t.when = when
	t.period = period
	t.f = f
	t.arg = arg
	t.seq = seq
	addtimer(t)
	return pending
}

// checkTimers runs the timers due at now (gc's runOneTimer: a periodic one
// is due again a whole number of periods later) and returns the earliest
// deadline still pending, -1 if none is. The scheduler calls it (time.c).
func checkTimers(now int64) int64 {
	for {
		var due *timer
		for _, t := range timers {
			if t.when <= now && (due == nil || t.when < due.when) {
				due = t
			}
		}
		if due == nil {
			break
		}
		if due.period > 0 {
			due.when += due.period * (1 + (now-due.when)/due.period)
			if due.when < 0 {
				due.when = 1<<63 - 1
			}
		} else {
			deltimer(due)
		}
		due.f(due.arg, due.seq)
	}
	next := int64(-1)
	for _, t := range timers {
		if next < 0 || t.when < next {
			next = t.when
		}
	}
	return next
}
