package runtime

import _ "unsafe" // for go:linkname

// The hooks package os declares without a body and gc's runtime provides
// by //go:linkname (runtime/runtime.go, proc.go, signal_unix.go, stubs.go):
// pushed here to the symbols they declare.

// sigpipe dies of SIGPIPE (runtime/src/syscall.c).
func sigpipe()

// argslice is os.Args as the program started (gc's runtime.go argslice).
var argslice []string

//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string {
	if argslice == nil {
		argslice = goStrings(argc(), argv)
	}
	return append([]string{}, argslice...)
}

//go:linkname os_fastrand os.fastrand
func os_fastrand() uint32 { return fastrand() }

// net.fastrandu: a random uint (gc's stubs.go fastrandu, 64 bits of two
// fastrand draws).
//
//go:linkname net_fastrandu net.fastrandu
func net_fastrandu() uint { return uint(fastrand())<<32 | uint(fastrand()) }

// os.epipecheck: a write to standard output or standard error found a
// broken pipe.
//
//go:linkname os_sigpipe os.sigpipe
func os_sigpipe() { sigpipe() }

// os.Exit's hook before syscall.Exit: gc runs the race detector's and
// coverage's finalization here; golly has neither (syscall.Exit flushes
// print output).
//
//go:linkname os_beforeExit os.runtime_beforeExit
func os_beforeExit() {}
