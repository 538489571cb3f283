package runtime

import _ "unsafe" // for go:linkname

// The hooks internal/poll declares without a body and gc's runtime
// provides by //go:linkname (runtime/netpoll.go, sema.go).
//
// golly has no network poller yet: runtime_pollOpen fails (ENOSYS), which
// internal/poll takes as "not pollable" (gc's answer for regular files), so
// every file, pipe and terminal stays in blocking mode (os.newFile) and a
// read or write blocks the one thread all goroutines share. The other
// hooks are never reached with a descriptor that pollOpen refused
// (internal/poll checks pollDesc.runtimeCtx first); they answer as for a
// descriptor that is not pollable. Deadlines on files therefore fail with
// os.ErrNoDeadline, as gc's do on regular files. Network connections
// (package net) need the poller.

const enosys = 38

//go:linkname poll_runtime_pollServerInit internal/poll.runtime_pollServerInit
func poll_runtime_pollServerInit() {}

//go:linkname poll_runtime_pollOpen internal/poll.runtime_pollOpen
func poll_runtime_pollOpen(fd uintptr) (uintptr, int) { return 0, enosys }

//go:linkname poll_runtime_pollClose internal/poll.runtime_pollClose
func poll_runtime_pollClose(ctx uintptr) {}

// pollWait and pollReset answer gc's pollNoError (0).
//
//go:linkname poll_runtime_pollWait internal/poll.runtime_pollWait
func poll_runtime_pollWait(ctx uintptr, mode int) int { return 0 }

//go:linkname poll_runtime_pollWaitCanceled internal/poll.runtime_pollWaitCanceled
func poll_runtime_pollWaitCanceled(ctx uintptr, mode int) {}

//go:linkname poll_runtime_pollReset internal/poll.runtime_pollReset
func poll_runtime_pollReset(ctx uintptr, mode int) int { return 0 }

//go:linkname poll_runtime_pollSetDeadline internal/poll.runtime_pollSetDeadline
func poll_runtime_pollSetDeadline(ctx uintptr, d int64, mode int) {}

//go:linkname poll_runtime_pollUnblock internal/poll.runtime_pollUnblock
func poll_runtime_pollUnblock(ctx uintptr) {}

//go:linkname poll_runtime_isPollServerDescriptor internal/poll.runtime_isPollServerDescriptor
func poll_runtime_isPollServerDescriptor(fd uintptr) bool { return false }

// internal/poll's fdMutex waits on semaphores as sync does (sema.go).
//
//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(addr *uint32) { semacquire(addr, false) }

//go:linkname poll_runtime_Semrelease internal/poll.runtime_Semrelease
func poll_runtime_Semrelease(addr *uint32) { semrelease(addr, false) }
