package runtime

import "unsafe"

// The hooks package syscall declares without a body and gc's runtime
// provides by //go:linkname (runtime/proc.go, runtime.go, env_posix.go,
// os_linux.go): pushed here to the symbols they declare, over the C
// runtime (runtime/src/syscall.c). The raw system call, which gc writes in
// assembly in package syscall itself, is golly's body there
// (std/syscall/syscall_golly.go) over syscall6.

// syscall6 makes the system call trap with six arguments: r[0] and r[1]
// are its results, r[2] the errno (0 on success, with r[0] = -1 on error).
func syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr, r *[3]uintptr)

// flushPrint writes out the output print and println buffered.
func flushPrint()

// getpagesize is the system's page size.
func getpagesize() int

// exit flushes print output and ends the process with status code.
func exit(code int32)

// argc and argv are main's command line; envc and envv the environment.
func argc() int
func argv(i int) string
func envc() int
func envv(i int) string

// setenv and unsetenv change libc's environment.
func setenv(k, v string)
func unsetenv(k string)

// entersyscall and exitsyscall bracket a system call that may block
// (syscall.Syscall). gc hands the P to another thread meanwhile; golly's
// goroutines share one thread, so a blocking call blocks them all.
// golly's print and println buffer their output (runtime/src/output.c)
// where gc's write at once: it goes out before any system call that may
// write, so that it keeps its place among the program's own writes to
// standard output and standard error.
func entersyscall() { flushPrint() }

func exitsyscall() {}

// syscall.AllThreadsSyscall: one thread, so the call made once is made on
// every thread (gc's runtime/os_linux.go syscall_runtime_doAllThreadsSyscall).
//
//go:linkname syscall_runtime_doAllThreadsSyscall syscall.runtime_doAllThreadsSyscall
func syscall_runtime_doAllThreadsSyscall(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, err uintptr) {
	var r [3]uintptr
	syscall6(trap, a1, a2, a3, a4, a5, a6, &r)
	return r[0], r[1], r[2]
}

//go:linkname syscall_Getpagesize syscall.Getpagesize
func syscall_Getpagesize() int { return getpagesize() }

//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) { exit(int32(code)) }

// envs is the environment as the program started, which syscall copies
// once (syscall.runtime_envs, gc's runtime.go).
var envs []string

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	if envs == nil {
		envs = goStrings(envc(), envv)
	}
	return append([]string{}, envs...)
}

// goStrings copies the n strings of a C vector (argv, environ), string i
// from at(i), into the Go heap.
func goStrings(n int, at func(int) string) []string {
	s := make([]string, n)
	for i := range s {
		s[i] = copystring(at(i))
	}
	return s
}

// copystring copies s (which points into C memory) into the Go heap.
func copystring(s string) string {
	b := make([]byte, len(s))
	copy(b, s)
	return *(*string)(unsafe.Pointer(&b))
}

// syscall.Setenv and Unsetenv also change libc's environment (gc does so
// only when cgo is linked), so C code and the next process see the change.
//
//go:linkname syscall_setenv_c syscall.setenv_c
func syscall_setenv_c(k, v string) { setenv(k, v) }

//go:linkname syscall_unsetenv_c syscall.unsetenv_c
func syscall_unsetenv_c(k string) { unsetenv(k) }

// fork and exec (syscall.forkExec): gc blocks signals and stops its other
// threads around fork; golly has one thread, and its preemption timer
// (ITIMER_VIRTUAL) is not inherited by the child.
//
//go:linkname syscall_runtime_BeforeFork syscall.runtime_BeforeFork
func syscall_runtime_BeforeFork() {}

//go:linkname syscall_runtime_AfterFork syscall.runtime_AfterFork
func syscall_runtime_AfterFork() {}

//go:linkname syscall_runtime_AfterForkInChild syscall.runtime_AfterForkInChild
func syscall_runtime_AfterForkInChild() {}

//go:linkname syscall_runtime_BeforeExec syscall.runtime_BeforeExec
func syscall_runtime_BeforeExec() {}

//go:linkname syscall_runtime_AfterExec syscall.runtime_AfterExec
func syscall_runtime_AfterExec() {}
