// golly's bodies for internal/cpu's assembly functions (std/README.md).

package cpu

import _ "unsafe" // for go:linkname

//go:linkname gollyCpuid internal/cpu.cpuid
func gollyCpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32) {
	var r [4]uint32
	runtimeCpuid(eaxArg, ecxArg, &r)
	return r[0], r[1], r[2], r[3]
}

//go:linkname gollyXgetbv internal/cpu.xgetbv
func gollyXgetbv() (eax, edx uint32) {
	var r [2]uint32
	runtimeXgetbv(&r)
	return r[0], r[1]
}

// golly targets baseline x86-64 (GOAMD64=v1).
//
//go:linkname gollyGetGOAMD64level internal/cpu.getGOAMD64level
func gollyGetGOAMD64level() int32 { return 1 }

//go:linkname runtimeCpuid runtime.cpuid
func runtimeCpuid(eax, ecx uint32, out *[4]uint32)

//go:linkname runtimeXgetbv runtime.xgetbv
func runtimeXgetbv(out *[2]uint32)

// golly's runtime does not call Initialize (gc's runtime.cpuinit): the
// feature flags stay false, so that every package takes its portable path
// (golly has none of their assembly), and GODEBUG's cpu options are not
// read. Name (the benchmark header's `cpu:` line, internal/sysinfo) only
// needs the highest extended leaf.
func init() {
	maxExtendedFunctionInformation, _, _, _ = cpuid(0x80000000, 0)
}
