// golly's bodies for package syscall's assembly functions
// (asm_linux_amd64.s) and the vDSO call gc makes for gettimeofday
// (std/README.md), over the raw system call of golly's runtime
// (runtime.syscall6, runtime/src/syscall.c).

package syscall

import "unsafe"

//go:linkname runtimeSyscall6 runtime.syscall6
func runtimeSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr, r *[3]uintptr)

//go:linkname gollyRawSyscall6 syscall.RawSyscall6
func gollyRawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	var r [3]uintptr
	runtimeSyscall6(trap, a1, a2, a3, a4, a5, a6, &r)
	return r[0], r[1], Errno(r[2])
}

// rawSyscallNoError is for calls that cannot fail (getpid, gettid, ...):
// the kernel's results as they are.
//
//go:linkname gollyRawSyscallNoError syscall.rawSyscallNoError
func gollyRawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr) {
	var r [3]uintptr
	runtimeSyscall6(trap, a1, a2, a3, 0, 0, 0, &r)
	if r[2] != 0 {
		return -r[2], 0
	}
	return r[0], r[1]
}

// rawVforkSyscall is clone(flags) in forkAndExecInChild1, whose child
// then runs on the parent's stack until it execs (gc's asm keeps its own
// return address out of that stack). golly's code cannot promise that, so
// the child gets its own copy of the address space: CLONE_VM and
// CLONE_VFORK are dropped, which makes the call a plain fork.
//
//go:linkname gollyRawVforkSyscall syscall.rawVforkSyscall
func gollyRawVforkSyscall(trap, a1 uintptr) (r1 uintptr, err Errno) {
	var r [3]uintptr
	if trap == SYS_CLONE {
		a1 &^= CLONE_VM | CLONE_VFORK
	}
	runtimeSyscall6(trap, a1, 0, 0, 0, 0, 0, &r)
	return r[0], Errno(r[2])
}

// gc calls the vDSO's gettimeofday; the system call gives the same.
//
//go:linkname gollyGettimeofday syscall.gettimeofday
func gollyGettimeofday(tv *Timeval) (err Errno) {
	var r [3]uintptr
	runtimeSyscall6(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0, 0, 0, 0, &r)
	return Errno(r[2])
}

// cgocaller calls a C function of libc when cgo is linked (AllThreadsSyscall
// and Setuid and friends with cgo_libc_setegid set): golly links no cgo, so
// cgo_libc_setegid is nil and this is never reached.
//
//go:linkname gollyCgocaller syscall.cgocaller
func gollyCgocaller(fn unsafe.Pointer, args ...uintptr) uintptr {
	panic("syscall: cgocaller without cgo")
}
