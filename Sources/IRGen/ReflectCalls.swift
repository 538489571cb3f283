import CLLVM
import GoSyntax
import GoTypes

// Calls through reflect (reflect.Value.Call, reflect.MakeFunc, method values
// made by reflect). reflect lays a call out in memory: the arguments, then
// the results, each at its alignment as gc's ABI0 puts them on the stack
// (reflect/abi.go with no argument registers: std/reflect sets
// intArgRegs and floatArgRegs to 0). golly's functions take their operands
// as LLVM values (docs/DESIGN.md §4), so every func type's descriptor carries
// two adapters between the frame and golly's calling convention, after its
// parameter and result types (abi.h golly_func_adapters; reflect never reads
// past them, and finds the methods by their offset):
//
// - `go:reflectcall.T(ctx, code, fn, args, results, method)` calls `code`
//   with the operands at `args` and stores its results at `results`: with
//   `fn` as the closure context, or with the receiver word at `args` first
//   when `method` (an itab function, reflect's method ifn). std/reflect's
//   runtime.reflectcall finds it from the frame's func type.
// - `go:makefunc.T(ctx, params...)` is the function a func value made by
//   reflect.MakeFunc or a method value made by reflect runs: it stores its
//   operands in a frame in its own frame, has reflect.gollyMakeFuncCall
//   (callReflect or callMethod) fill in the results, and returns them. runtime/src/reflect_amd64.S's makeFuncStub
//   and methodValueCall jump to it with the caller's registers as they were.
//
// Both stand in for the runtime in recover's frame check (Itabs.swift
// wrapperFunction), as gc's reflectcall, makeFuncStub and methodValueCall
// are WRAPPERs: a function called through reflect by a deferred call
// recovers. Func types of one shape share adapters, and adapters have no
// stack maps (their frames are scanned conservatively): a package object
// has its own copy of each, and .llvm_stackmaps, outside COMDATs, would
// keep every copy's records.

/// The Go functions on the path from a deferred call through reflect to
/// the function it calls, which stand in for the runtime in recover's check
/// like compiler-made wrappers (gc marks reflect.callReflect,
/// reflect.callMethod and runtime.reflectcall WRAPPER by name:
/// cmd/compile/internal/ssagen/abi.go setupTextLSym), and std/reflect's
/// functions between them and the adapters.
let reflectStandIns: Set<String> = [
    "reflect.callReflect", "reflect.callMethod", "runtime.reflectcall", "reflect.gollyMakeFuncCall",
    "reflect.gollyCallAdapter", "reflect.gollyCallMethodExpression",
]

extension ModuleGenerator {
    /// The adapters of the func type `sig`, for its descriptor: linkonce_odr
    /// like the descriptor, named by their shape.
    func reflectCallAdapters(_ type: GoType, _ sig: Signature, at pos: Pos) throws -> [LLValue] {
        let layout = try FrameLayout(sig, in: self, at: pos)
        let shape = try adapterShape(sig, layout, at: pos)
        return [try reflectCallAdapter(shape, sig, layout, at: pos), try makeFuncAdapter(shape, sig, layout, at: pos)]
    }

    /// What an adapter's code depends on, as its name: the operands' and
    /// results' LLVM types and frame offsets (`(p,i64)@0,8->(i1)@0`, `p` a
    /// Go pointer), a large value by its type (copied by size, allocated by
    /// descriptor). Func types of one shape share their adapters: a
    /// program has far fewer shapes than func types.
    private func adapterShape(_ sig: Signature, _ layout: FrameLayout, at pos: Pos) throws -> String {
        func part(_ vars: [Var], _ offsets: [Int]) throws -> String {
            let types = try vars.map { v -> String in
                if isLarge(v.type) { return "large[\(typeSymbol(v.type!))]" }
                let printed = LLVMPrintTypeToString(try lower(v.type!, at: pos))!
                defer { LLVMDisposeMessage(printed) }
                return String(cString: printed).replacingOccurrences(of: "ptr addrspace(1)", with: "p")
                    .replacingOccurrences(of: " ", with: "")
            }
            return "(" + types.joined(separator: ",") + ")@" + offsets.map(String.init).joined(separator: ",")
        }
        return try part(sig.params.vars, layout.params) + "->" + part(sig.results.vars, layout.results)
    }

    /// `go:reflectcall.T`: the frame's operands in, the results out.
    private func reflectCallAdapter(_ shape: String, _ sig: Signature, _ layout: FrameLayout, at pos: Pos) throws -> LLValue {
        let pointer = Universe.typ(.unsafePointer)
        let operand = { (name: String, type: GoType) in Var(name: name, pos: pos, type: type, pkgPath: nil) }
        let adapterSig = Signature(recv: nil, params: Tuple([
            operand("code", pointer), operand("fn", pointer), operand("args", pointer), operand("results", pointer),
            operand("method", Universe.typ(.bool)),
        ]), results: Tuple([]), isVariadic: false)
        return try wrapperFunction("go:reflectcall." + shape, try lowerSignature(adapterSig, at: pos), signature: adapterSig,
                                   linkage: LLVMLinkOnceODRLinkage) { g, fn in
            let b = g.b
            markConservative(fn)
            let code = LLVMBuildAddrSpaceCast(b.b, LLVMGetParam(fn, 1), t.ptr, "code")!
            let context = LLVMGetParam(fn, 2)!, args = LLVMGetParam(fn, 3)!, results = LLVMGetParam(fn, 4)!
            let method = LLVMGetParam(fn, 5)!
            // A method's receiver word comes first; its operands follow
            // (every alignment divides a word, so their offsets move by one).
            let base = b.select(method, g.byteAddress(args, 8), args)
            let operands = try zip(sig.params.vars, layout.params).map { v, offset -> LLValue in
                let address = g.byteAddress(base, offset)
                // A large operand is passed by address; the callee copies it.
                return isLarge(v.type) ? address : b.load(try lower(v.type!, at: pos), address)
            }
            let resultType = try lowerResults(sig, at: pos)
            let paramTypes = try sig.params.vars.map { try valueType($0.type, at: pos) }
            let viaMethod = g.newBlock("method"), viaFunc = g.newBlock("func"), done = g.newBlock("done")
            b.condBr(method, viaMethod, viaFunc)
            b.position(at: viaMethod)
            let receiver = b.load(t.heapPtr, args, "receiver")
            let methodType = t.function(resultType, [t.heapPtr, t.heapPtr] + paramTypes)
            let r1 = b.call(methodType, code, [t.null(t.heapPtr), receiver] + operands)
            g.keepFrame(of: r1, calling: nil)
            b.br(done)
            b.position(at: viaFunc)
            let r2 = b.call(t.function(resultType, [t.heapPtr] + paramTypes), code, [context] + operands)
            g.keepFrame(of: r2, calling: nil)
            b.br(done)
            b.position(at: done)
            if !sig.results.vars.isEmpty {
                let r = b.phi(resultType, [(r1, viaMethod), (r2, viaFunc)])
                for (i, v) in sig.results.vars.enumerated() {
                    let value = sig.results.count == 1 ? r : b.extract(r, i)
                    try g.storeValue(value, of: v.type!, to: g.byteAddress(results, layout.results[i]), at: pos)
                }
            }
            LLVMBuildRetVoid(b.b)
        }
    }

    /// `go:makefunc.T`: a function of type T whose operands and results
    /// pass through a reflect frame.
    private func makeFuncAdapter(_ shape: String, _ sig: Signature, _ layout: FrameLayout, at pos: Pos) throws -> LLValue {
        let plain = Signature(recv: nil, params: sig.params, results: sig.results, isVariadic: sig.isVariadic)
        return try wrapperFunction("go:makefunc." + shape, try lowerSignature(plain, at: pos), signature: plain,
                                   linkage: LLVMLinkOnceODRLinkage) { g, fn in
            let b = g.b
            markConservative(fn)
            let context = LLVMGetParam(fn, 0)!
            // The frame is in this function's frame, which the collector
            // scans conservatively: what it holds stays alive.
            let frameType = LLVMArrayType2(t.i64, UInt64(max(layout.size, 8) / 8))!
            let slot = g.alloca(frameType, "frame")
            g.zero(slot, frameType)
            let frame = LLVMBuildAddrSpaceCast(b.b, slot, t.heapPtr, "")!
            for (i, v) in sig.params.vars.enumerated() {
                try g.storeValue(LLVMGetParam(fn, UInt32(i + 1)), of: v.type!, to: g.byteAddress(frame, layout.params[i]), at: pos)
            }
            let (callType, callFn) = reflectHook("reflect.gollyMakeFuncCall", t.function(t.void, [t.heapPtr, t.heapPtr, t.heapPtr]))
            g.keepFrame(of: b.call(callType, callFn, [t.null(t.heapPtr), context, frame]), calling: nil)
            let results = try sig.results.vars.enumerated().map { i, v -> LLValue in
                let address = g.byteAddress(frame, layout.resultOffset + layout.results[i])
                // A large result comes back in a heap object of its own.
                return isLarge(v.type) ? try g.copyLarge(v.type!, from: address, onHeap: true, at: pos)
                                       : b.load(try lower(v.type!, at: pos), address)
            }
            switch results.count {
            case 0: LLVMBuildRetVoid(b.b)
            case 1: LLVMBuildRet(b.b, results[0])
            default: LLVMBuildRet(b.b, b.aggregate(try lowerResults(sig, at: pos), results))
            }
        }
    }

    /// An adapter has no stack map: the collector scans its frames
    /// conservatively (Statepoints.conservativeAttribute). The call adapter
    /// holds no heap pointer across its call that its caller does not (the
    /// frame); the makefunc adapter keeps its operands in its frame.
    private func markConservative(_ fn: LLValue) {
        let name = Statepoints.conservativeAttribute
        LLVMAddAttributeAtIndex(fn, functionAttributeIndex,
                                LLVMCreateStringAttribute(context, name, UInt32(name.utf8.count), "", 0))
    }

    /// A function of std/reflect's file the makefunc adapters call, declared
    /// extern_weak: a program that does not link reflect has adapters but
    /// never runs them (only reflect makes the func values that do).
    private func reflectHook(_ name: String, _ type: LLType) -> (LLType, LLValue) {
        if let f = LLVMGetNamedFunction(module, name) { return (type, f) }
        let f = LLVMAddFunction(module, name, type)!
        LLVMSetLinkage(f, LLVMExternalWeakLinkage)
        return (type, f)
    }
}

/// Where a call's operands and results lie in reflect's frame (reflect/abi.go
/// with every operand on the stack: each at its alignment, in order; the
/// results start at the next word boundary). Offsets of results are from
/// `resultOffset`.
struct FrameLayout {
    var params: [Int] = [], results: [Int] = []
    var resultOffset = 0
    /// The frame's size, a multiple of the word.
    var size = 0

    init(_ sig: Signature, in m: ModuleGenerator, at pos: Pos) throws {
        func place(_ vars: [Var]) throws -> (offsets: [Int], end: Int) {
            var end = 0, offsets: [Int] = []
            for v in vars {
                guard let type = v.type else { throw InternalError(pos: pos, message: "untyped operand") }
                let align = try m.alignment(of: type, at: pos)
                end = (end + align - 1) / align * align
                offsets.append(end)
                end += try m.size(of: type, at: pos)
            }
            return (offsets, end)
        }
        let (params, argsEnd) = try place(sig.params.vars)
        self.params = params
        resultOffset = (argsEnd + 7) / 8 * 8
        let (results, resultsEnd) = try place(sig.results.vars)
        self.results = results
        size = (resultOffset + resultsEnd + 7) / 8 * 8
    }
}

extension FunctionGenerator {
    /// `p + offset` in bytes.
    func byteAddress(_ p: LLValue, _ offset: Int) -> LLValue {
        offset == 0 ? p : b.gep(t.i8, p, [t.i64(offset)])
    }
}
