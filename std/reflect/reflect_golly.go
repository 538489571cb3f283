// golly's part of reflect's calls (std/README.md; the compiler's half is
// IRGen/ReflectCalls.swift, the runtime's runtime/src/makefunc.c and
// makefunc_amd64.S). reflect lays a call out in a frame in memory, as
// gc's ABI0 passes operands on the stack; golly's functions take theirs as
// LLVM values, so every func type's descriptor carries two adapters
// between the two (abi.h golly_func_adapters): runtime.reflectcall
// (reflect.Value.Call, and the call a method value made by reflect makes)
// runs the call adapter, and the stubs makeFuncStub and methodValueCall
// jump to the makefunc adapter, which passes its operands to callReflect
// or callMethod in a frame.

package reflect

import (
	"internal/abi"
	"sync"
	"unsafe"
)

// reflect/abi.go assigns operands to registers as gc's register ABI does
// (abi.IntArgRegs, abi.FloatArgRegs); golly's adapters read and write
// every operand in the frame, ABI0's layout.
func init() {
	intArgRegs, floatArgRegs, floatRegSize = 0, 0, 0
}

// funcAdapters returns the adapters of t, nil for a type reflect.FuncOf
// made (std/runtime/reflect.go).
func funcAdapters(t *funcType) (call, makefunc unsafe.Pointer)

// frameFuncs maps each frame type funcLayout made to its func type and
// receiver type: runtime.reflectcall is given the frame type.
var frameFuncs sync.Map // map[*rtype]layoutKey

func frameFunc(frameType *rtype) layoutKey {
	if k, ok := frameFuncs.Load(frameType); ok {
		return k.(layoutKey)
	}
	var found layoutKey
	layoutCache.Range(func(k, v any) bool {
		if v.(layoutType).t == frameType {
			found = k.(layoutKey)
			return false
		}
		return true
	})
	if found.ftyp == nil {
		panic("reflect: call with a frame funcLayout did not make")
	}
	frameFuncs.Store(frameType, found)
	return found
}

// gollyReflectcall calls fn (a func value, or for a method the address of
// the receiver type's method code) with the operands in frame and stores
// its results at retOffset (gc: runtime/asm_amd64.s reflectcall). It
// stands in for the runtime in recover's check, as gc's reflectcall does.
//
//go:linkname gollyReflectcall runtime.reflectcall
func gollyReflectcall(frameType *rtype, fn, frame unsafe.Pointer, frameSize, retOffset, _ uint32, _ *abi.RegArgs) {
	k := frameFunc(frameType)
	code := *(*unsafe.Pointer)(fn)
	call, _ := funcAdapters(k.ftyp)
	if call == nil {
		if k.rcvr == nil && gollyCallMethodExpression(k.ftyp, code, frame) {
			return
		}
		panic("golly does not support reflect.Value.Call of a function of type " + k.ftyp.String() + " made by reflect.FuncOf yet")
	}
	gollyCallAdapter(call, code, fn, frame, add(frame, uintptr(retOffset), "the results follow the operands"), k.rcvr != nil)
}

// gollyCallAdapter runs a call adapter (IRGen/ReflectCalls.swift).
func gollyCallAdapter(call, code, fn, args, results unsafe.Pointer, method bool) {
	// A func value is a pointer to its closure object, whose first word is
	// the code (abi.h go_funcval): here, the adapter's.
	object := &call
	adapter := *(*func(code, fn, args, results unsafe.Pointer, method bool))(unsafe.Pointer(&object))
	adapter(code, fn, args, results, method)
}

// gollyCallMethodExpression calls code, the method expression R.m with the
// func type Type.Method made for it (reflect.FuncOf's, which has no
// adapters: the compiler made func(P...) Q but not func(R, P...) Q), by
// calling R's method m through the adapter of m's type, as callMethod
// does for a method value: the receiver's data word first. It reports
// whether code is such a method expression.
func gollyCallMethodExpression(ft *funcType, code, frame unsafe.Pointer) bool {
	if ft.inCount == 0 {
		return false
	}
	rcvr := ft.in()[0]
	u := rcvr.uncommon()
	if u == nil {
		return false
	}
	for _, m := range u.methods() {
		if m.tfn == 0 || rcvr.textOff(m.tfn) != code {
			continue
		}
		mt := (*funcType)(unsafe.Pointer(rcvr.typeOff(m.mtyp)))
		call, _ := funcAdapters(mt)
		if call == nil {
			return false
		}
		_, _, exprABI := funcLayout(ft, nil)
		methodFrameType, _, methodABI := funcLayout(mt, rcvr)
		methodFrame := unsafe_New(methodFrameType)
		// The data word an interface holding the receiver would have.
		at := add(frame, exprABI.call.stepsForValue(0)[0].stkOff, "the receiver is not empty")
		if ifaceIndir(rcvr) {
			*(*unsafe.Pointer)(methodFrame) = at
		} else {
			*(*unsafe.Pointer)(methodFrame) = *(*unsafe.Pointer)(at)
		}
		move := func(t *rtype, from, to []abiStep) {
			if len(from) > 0 {
				typedmemmove(t, add(methodFrame, to[0].stkOff, "t is not empty"), add(frame, from[0].stkOff, "t is not empty"))
			}
		}
		for i, t := range ft.in()[1:] {
			move(t, exprABI.call.stepsForValue(i+1), methodABI.call.stepsForValue(i+1))
		}
		gollyCallAdapter(call, rcvr.textOff(m.ifn), nil, methodFrame, add(methodFrame, methodABI.retOffset, "the results follow the operands"), true)
		for i, t := range ft.out() {
			if steps := methodABI.ret.stepsForValue(i); len(steps) > 0 {
				to := exprABI.ret.stepsForValue(i)
				typedmemmove(t, add(frame, to[0].stkOff, "t is not empty"), add(methodFrame, steps[0].stkOff, "t is not empty"))
			}
		}
		return true
	}
	return false
}

// gollyMakeFuncTarget is the makefunc adapter a call of the func value
// with closure context ctx goes to (runtime/src/makefunc.c). It allocates
// nothing while the stub keeps the operands.
func gollyMakeFuncTarget(ctx unsafe.Pointer) unsafe.Pointer {
	t := makeFuncType(ctx)
	_, makefunc := funcAdapters(t)
	if makefunc == nil {
		panic("golly does not support calling a func value of type " + t.String() + " made by reflect.FuncOf yet")
	}
	return makefunc
}

// makeFuncType is the type of the func value made by MakeFunc or
// makeMethodValue whose closure context is ctx.
func makeFuncType(ctx unsafe.Pointer) *funcType {
	if isMakeFunc(ctx) {
		return (*makeFuncImpl)(ctx).ftyp
	}
	mv := (*methodValue)(ctx)
	_, t, _ := methodReceiver("call", mv.rcvr, mv.method)
	return t
}

func isMakeFunc(ctx unsafe.Pointer) bool {
	return (*makeFuncCtxt)(ctx).fn == abi.FuncPCABI0(makeFuncStub)
}

// gollyMakeFuncCall runs the call whose operands are in frame (in the
// makefunc adapter's frame) and stores its results there, as gc's makeFuncStub and methodValueCall do. It
// stands in for the runtime in recover's check, as they do.
func gollyMakeFuncCall(ctx, frame unsafe.Pointer) {
	var retValid bool
	var regs abi.RegArgs
	if isMakeFunc(ctx) {
		callReflect((*makeFuncImpl)(ctx), frame, &retValid, &regs)
	} else {
		callMethod((*methodValue)(ctx), frame, &retValid, &regs)
	}
}
