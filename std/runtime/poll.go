package runtime

import _ "unsafe" // for go:linkname

// The hooks internal/poll declares without a body and gc's runtime
// provides by //go:linkname (runtime/netpoll.go, sema.go), over golly's
// network poller (runtime/src/netpoll.c, epoll on the one thread).
//
// As in gc, runtime_pollOpen registers a descriptor with epoll; os then
// puts pipes, sockets and terminals in non-blocking mode, and a read or
// write that would block parks the goroutine in runtime_pollWait until the
// descriptor is ready, its deadline passes or it is closed. epoll refuses
// regular files (EPERM), which internal/poll then uses in blocking mode,
// as gc does.

//go:linkname poll_runtime_pollServerInit internal/poll.runtime_pollServerInit
func poll_runtime_pollServerInit() { netpollInit() }

//go:linkname poll_runtime_pollOpen internal/poll.runtime_pollOpen
func poll_runtime_pollOpen(fd uintptr) (uintptr, int) {
	ctx := netpollOpen(fd)
	if ctx < 0 {
		return 0, int(-ctx)
	}
	return uintptr(ctx), 0
}

//go:linkname poll_runtime_pollClose internal/poll.runtime_pollClose
func poll_runtime_pollClose(ctx uintptr) { netpollClose(ctx) }

//go:linkname poll_runtime_pollWait internal/poll.runtime_pollWait
func poll_runtime_pollWait(ctx uintptr, mode int) int { return netpollWait(ctx, mode) }

// pollWaitCanceled is Windows' (internal/poll's fd_windows.go).
//
//go:linkname poll_runtime_pollWaitCanceled internal/poll.runtime_pollWaitCanceled
func poll_runtime_pollWaitCanceled(ctx uintptr, mode int) {}

//go:linkname poll_runtime_pollReset internal/poll.runtime_pollReset
func poll_runtime_pollReset(ctx uintptr, mode int) int { return netpollReset(ctx, mode) }

//go:linkname poll_runtime_pollSetDeadline internal/poll.runtime_pollSetDeadline
func poll_runtime_pollSetDeadline(ctx uintptr, d int64, mode int) { netpollSetDeadline(ctx, d, mode) }

//go:linkname poll_runtime_pollUnblock internal/poll.runtime_pollUnblock
func poll_runtime_pollUnblock(ctx uintptr) { netpollUnblock(ctx) }

//go:linkname poll_runtime_isPollServerDescriptor internal/poll.runtime_isPollServerDescriptor
func poll_runtime_isPollServerDescriptor(fd uintptr) bool { return netpollIsServer(fd) }

// The poller (runtime/src/netpoll.c, include/golly/sys.h).
func netpollInit()
func netpollOpen(fd uintptr) int64
func netpollClose(ctx uintptr)
func netpollReset(ctx uintptr, mode int) int
func netpollWait(ctx uintptr, mode int) int
func netpollSetDeadline(ctx uintptr, d int64, mode int)
func netpollUnblock(ctx uintptr)
func netpollIsServer(fd uintptr) bool

// internal/poll's fdMutex waits on semaphores as sync does (sema.go).
//
//go:linkname poll_runtime_Semacquire internal/poll.runtime_Semacquire
func poll_runtime_Semacquire(addr *uint32) { semacquire(addr, false) }

//go:linkname poll_runtime_Semrelease internal/poll.runtime_Semrelease
func poll_runtime_Semrelease(addr *uint32) { semrelease(addr, false) }
