// golly's bodies for internal/abi's functions gc's compiler implements as
// intrinsics (std/README.md).

package abi

import "unsafe" // for go:linkname

// funcPC is the entry PC of the function a func value f (held in an
// interface) calls: the data word of f's interface is the func value, a
// pointer to its closure object, whose first word is the code pointer
// (runtime/include/golly/abi.h go_funcval). golly has one calling
// convention, so ABI0 and ABIInternal entries are the same.
func funcPC(f any) uintptr {
	type eface struct {
		typ  unsafe.Pointer
		data *uintptr
	}
	return *(*eface)(unsafe.Pointer(&f)).data
}

//go:linkname gollyFuncPCABI0 internal/abi.FuncPCABI0
func gollyFuncPCABI0(f any) uintptr { return funcPC(f) }

//go:linkname gollyFuncPCABIInternal internal/abi.FuncPCABIInternal
func gollyFuncPCABIInternal(f any) uintptr { return funcPC(f) }
