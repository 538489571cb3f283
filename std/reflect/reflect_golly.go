// golly's bodies for reflect's assembly functions (asm_amd64.s,
// std/README.md). gc's makeFuncStub and methodValueCall receive a call in
// gc's register ABI and pass its frame to callReflect/callMethod; golly's
// calling convention is not that frame, so reflect.MakeFunc and method
// values made by reflect are not supported yet: calling one is a clear
// run-time error, not wrong code.

package reflect

import _ "unsafe" // for go:linkname

//go:linkname gollyMakeFuncStub reflect.makeFuncStub
func gollyMakeFuncStub() { panic("golly does not support reflect.MakeFunc yet") }

//go:linkname gollyMethodValueCall reflect.methodValueCall
func gollyMethodValueCall() { panic("golly does not support method values made by reflect yet") }
