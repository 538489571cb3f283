import CLLVM

// Precise stack roots from LLVM statepoints (docs/DESIGN.md §7). After the
// optimizer (and at -O0 too), every Go function gets the
// "statepoint-example" strategy and LLVM's rewrite-statepoints-for-gc
// (RS4GC) turns each call that may reach a collection into a statepoint:
// the `ptr addrspace(1)` values live across it are spilled to the stack,
// and the `.llvm_stackmaps` section says where, by return address. The
// runtime (mgcmark.c, stackmap.c) walks Go frames by frame pointer and
// marks exactly those slots.
//
// RS4GC only knows SSA values, and golly's IR needs four adjustments
// first, each found by running RS4GC over the lit corpus:
//
// 1. Results over 16 bytes are returned through an explicit `sret` slot
//    (definitions and calls alike, so every caller and callee agree; C's
//    ABI does the same for such structs): LLVM cannot lower a statepoint
//    whose result it would demote to a hidden sret pointer itself
//    (llvm-project#74612).
// 2. Aggregate values holding heap pointers (strings, interfaces, slices)
//    are taken apart into their fields after their definition and put
//    together again at each use: RS4GC leaves first-class aggregates out of
//    the live set without a word.
// 3. `addrspacecast`s of frame slots to heap pointers (variables kept in
//    the frame) are hidden behind a call of a gc leaf while RS4GC runs (it
//    crashes on them) and restored afterwards; the stack maps then list
//    them as frame addresses, which the collector ignores.
// 4. Frame slots are memory, which RS4GC does not track: each statepoint
//    gets a "deopt" bundle listing the function's slots that may hold heap
//    pointers, each with the words to scan (from the slot's LLVM type:
//    heap pointers, and integers or plain pointers that may hide one, such
//    as a map iterator's state), and those slots are zeroed on entry so
//    that no stale word is taken for a live pointer. A slot whose address
//    is a Go pointer is a stack object (gc's mgcstack.go): the runtime
//    scans it only if a live pointer reaches it, so the frame addresses
//    live across a statepoint stay listed.
//
// Calls of runtime functions that never reach a collection are gc leaves
// (no statepoint, no spills): the list below comes from the call graph of
// libgollyrt.a.
public enum Statepoints {
    static let strategy = "statepoint-example"
    static let launderName = "golly.launder"

    /// Runtime entry points that never allocate from the collected heap,
    /// park the goroutine or call Go code.
    static let leaves: Set<String> = [
        "runtime.printbool", "runtime.printint", "runtime.printuint", "runtime.printfloat",
        "runtime.printcomplex", "runtime.printstring", "runtime.printpointer", "runtime.printeface",
        "runtime.printslice", "runtime.printsp", "runtime.printnl", "runtime.cmpstring",
        "runtime.complex128div", "runtime.decoderune", "runtime.roundupsize", "runtime.convI2I",
        "runtime.assertE2I2", "runtime.chanlen", "runtime.chancap", "runtime.gorecover",
        "runtime.deferwrap", "runtime.deferproc", "runtime.deferprocStack", "runtime.newdefer",
        "runtime.newproc", "runtime.GOMAXPROCS", "runtime.KeepAlive", "runtime.NumGoroutine", "runtime.Callers",
        launderName,
    ]

    /// A frame slot's size with this bit: a stack object.
    static let stackObject: UInt64 = 1 << 63

    public static func run(_ module: LLVMModuleRef, target: Target) throws {
        let lowering = Lowering(module: module, target: target)
        lowering.prepare()
        if let error = target.run(passes: "rewrite-statepoints-for-gc", on: module) {
            throw InternalError(pos: .none, message: error)
        }
        lowering.keepFrameAddresses()
        lowering.dropDeadRoots()
        lowering.restoreCasts()
    }
}

private final class Lowering {
    let module: LLVMModuleRef
    let target: Target
    let ctx: LLVMContextRef
    let b: LLVMBuilderRef
    let heapPtr: LLVMTypeRef
    let ptr: LLVMTypeRef
    let i64: LLVMTypeRef
    var functions: [LLVMValueRef] = []
    var launder: LLVMValueRef?
    /// Per statepoint, the live-set entries that hold frame addresses.
    var frameRoots: [LLVMValueRef: Set<Int>] = [:]

    init(module: LLVMModuleRef, target: Target) {
        self.module = module
        self.target = target
        ctx = LLVMGetModuleContext(module)
        b = LLVMCreateBuilderInContext(ctx)
        heapPtr = LLVMPointerTypeInContext(ctx, 1)
        ptr = LLVMPointerTypeInContext(ctx, 0)
        i64 = LLVMInt64TypeInContext(ctx)
    }

    deinit { LLVMDisposeBuilder(b) }

    func prepare() {
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            f = LLVMGetNextFunction(fn)
            if LLVMIsDeclaration(fn) != 0 {
                let name = valueName(fn)
                if Statepoints.leaves.contains(name) { addFunctionAttribute(fn, "gc-leaf-function") }
                continue
            }
            if LLVMGetLinkage(fn) == LLVMAvailableExternallyLinkage { continue }
            functions.append(fn)
        }
        functions = functions.map { demoteLargeReturn($0) }
        for fn in functions {
            for call in instructions(of: fn).filter({ LLVMIsACallInst($0) != nil }) {
                demoteLargeResult(of: call)
            }
        }
        for fn in functions {
            markInlineAsmLeaves(in: fn)
            launderFrameCasts(in: fn)
            splitAggregates(in: fn)
            describeFrameSlots(in: fn)
            LLVMSetGC(fn, Statepoints.strategy)
        }
    }

    // MARK: helpers

    func valueName(_ v: LLVMValueRef) -> String {
        var n = 0
        guard let s = LLVMGetValueName2(v, &n) else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: s, count: n), as: UTF8.self)
    }

    func addFunctionAttribute(_ fn: LLVMValueRef, _ name: String) {
        let attr = LLVMCreateStringAttribute(ctx, name, UInt32(name.utf8.count), "", 0)
        LLVMAddAttributeAtIndex(fn, functionAttributeIndex, attr)
    }

    func instructions(of fn: LLVMValueRef) -> [LLVMValueRef] {
        var result: [LLVMValueRef] = []
        var bb = LLVMGetFirstBasicBlock(fn)
        while let block = bb {
            var i = LLVMGetFirstInstruction(block)
            while let inst = i {
                result.append(inst)
                i = LLVMGetNextInstruction(inst)
            }
            bb = LLVMGetNextBasicBlock(block)
        }
        return result
    }

    func isAggregate(_ ty: LLVMTypeRef) -> Bool {
        let k = LLVMGetTypeKind(ty)
        return k == LLVMStructTypeKind || k == LLVMArrayTypeKind
    }

    func elements(of ty: LLVMTypeRef) -> [LLVMTypeRef] {
        if LLVMGetTypeKind(ty) == LLVMStructTypeKind {
            return (0..<LLVMCountStructElementTypes(ty)).map { LLVMStructGetTypeAtIndex(ty, $0)! }
        }
        let n = Int(LLVMGetArrayLength2(ty))
        return Array(repeating: LLVMGetElementType(ty)!, count: n)
    }

    func holdsHeapPointer(_ ty: LLVMTypeRef) -> Bool {
        switch LLVMGetTypeKind(ty) {
        case LLVMPointerTypeKind: return LLVMGetPointerAddressSpace(ty) == 1
        case LLVMStructTypeKind, LLVMArrayTypeKind:
            if LLVMGetTypeKind(ty) == LLVMArrayTypeKind {
                return LLVMGetArrayLength2(ty) > 0 && holdsHeapPointer(LLVMGetElementType(ty))
            }
            return elements(of: ty).contains { holdsHeapPointer($0) }
        case LLVMVectorTypeKind: return holdsHeapPointer(LLVMGetElementType(ty))
        default: return false
        }
    }

    /// Whether a call becomes a statepoint: not an intrinsic, inline asm
    /// or a gc leaf.
    func isSafepoint(_ call: LLVMValueRef) -> Bool {
        guard let callee = LLVMGetCalledValue(call) else { return true }
        if LLVMIsAInlineAsm(callee) != nil { return false }
        if LLVMIsAFunction(callee) != nil {
            if LLVMGetIntrinsicID(callee) != 0 { return false }
            let name = valueName(callee)
            if name.hasPrefix("llvm.") || Statepoints.leaves.contains(name) { return false }
        }
        let key = "gc-leaf-function"
        return LLVMGetCallSiteStringAttribute(call, functionAttributeIndex, key, UInt32(key.utf8.count)) == nil
    }

    // MARK: 1. results over 16 bytes through sret

    func needsSret(_ ty: LLVMTypeRef) -> Bool {
        isAggregate(ty) && target.size(of: ty) > 16
    }

    /// A definition returning a large aggregate becomes `void f(ptr sret(T), ...)`.
    func demoteLargeReturn(_ fn: LLVMValueRef) -> LLVMValueRef {
        let fnType = LLVMGlobalGetValueType(fn)!
        let ret = LLVMGetReturnType(fnType)!
        guard needsSret(ret) else { return fn }
        let oldParams = (0..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0)! }
        var paramTypes: [LLVMTypeRef?] = [ptr] + oldParams.map { LLVMTypeOf($0) }
        let newType = paramTypes.withUnsafeMutableBufferPointer {
            LLVMFunctionType(LLVMVoidTypeInContext(ctx), $0.baseAddress, UInt32($0.count), LLVMIsFunctionVarArg(fnType))!
        }
        let name = valueName(fn)
        LLVMSetValueName2(fn, name + ".old", name.utf8.count + 4)
        let nf = LLVMAddFunction(module, name, newType)!
        LLVMSetLinkage(nf, LLVMGetLinkage(fn))
        LLVMSetFunctionCallConv(nf, LLVMGetFunctionCallConv(fn))
        copyAttributes(from: fn, to: nf, paramShift: 1, dropReturn: true)
        addSret(ret, toFunction: nf)
        // The body moves over: blocks, then the parameters' uses.
        let anchor = LLVMAppendBasicBlockInContext(ctx, nf, "")!
        while let bb = LLVMGetFirstBasicBlock(fn) {
            LLVMMoveBasicBlockAfter(bb, LLVMGetLastBasicBlock(nf))
        }
        LLVMDeleteBasicBlock(anchor)
        for (i, p) in oldParams.enumerated() {
            LLVMReplaceAllUsesWith(p, LLVMGetParam(nf, UInt32(i + 1)))
        }
        let slot = LLVMGetParam(nf, 0)!
        for inst in instructions(of: nf) where LLVMGetInstructionOpcode(inst) == LLVMRet {
            LLVMPositionBuilderBefore(b, inst)
            if LLVMGetNumOperands(inst) == 1 { LLVMBuildStore(b, LLVMGetOperand(inst, 0), slot) }
            LLVMBuildRetVoid(b)
            LLVMInstructionEraseFromParent(inst)
        }
        LLVMReplaceAllUsesWith(fn, nf)
        LLVMDeleteFunction(fn)
        return nf
    }

    func addSret(_ ty: LLVMTypeRef, toFunction fn: LLVMValueRef) {
        let kind = LLVMGetEnumAttributeKindForName("sret", 4)
        LLVMAddAttributeAtIndex(fn, 1, LLVMCreateTypeAttribute(ctx, kind, ty))
    }

    /// Copies attributes index by index: the function's, the result's
    /// unless dropped, and the parameters', shifted by paramShift.
    func copyAttributes(params: UInt32, paramShift: UInt32, dropReturn: Bool,
                        count: (LLVMAttributeIndex) -> UInt32,
                        get: (LLVMAttributeIndex, UnsafeMutablePointer<LLVMAttributeRef?>?) -> Void,
                        add: (LLVMAttributeIndex, LLVMAttributeRef?) -> Void) {
        var indices: [LLVMAttributeIndex] = [functionAttributeIndex]
        if !dropReturn { indices.append(0) }
        indices += (0..<params).map { LLVMAttributeIndex($0 + 1) }
        for idx in indices {
            let n = count(idx)
            guard n > 0 else { continue }
            var attrs = [LLVMAttributeRef?](repeating: nil, count: Int(n))
            attrs.withUnsafeMutableBufferPointer { get(idx, $0.baseAddress) }
            let target = idx == functionAttributeIndex || idx == 0 ? idx : idx + paramShift
            for a in attrs { add(target, a) }
        }
    }

    func copyAttributes(from old: LLVMValueRef, to new: LLVMValueRef, paramShift: UInt32, dropReturn: Bool) {
        copyAttributes(params: LLVMCountParams(old), paramShift: paramShift, dropReturn: dropReturn,
                       count: { LLVMGetAttributeCountAtIndex(old, $0) },
                       get: { LLVMGetAttributesAtIndex(old, $0, $1) },
                       add: { LLVMAddAttributeAtIndex(new, $0, $1) })
    }

    /// A copy of `call`, built before it, with another function type,
    /// arguments or operand bundles: its calling convention, tail-call kind
    /// and attributes carried over.
    func rebuild(_ call: LLVMValueRef, type: LLVMTypeRef, args: [LLVMValueRef?], bundles: [LLVMOperandBundleRef?],
                 paramShift: UInt32 = 0, dropReturn: Bool = false) -> LLVMValueRef {
        var args = args, bundles = bundles
        LLVMPositionBuilderBefore(b, call)
        let newCall = args.withUnsafeMutableBufferPointer { a in
            bundles.withUnsafeMutableBufferPointer { bs in
                LLVMBuildCallWithOperandBundles(b, type, LLVMGetCalledValue(call), a.baseAddress, UInt32(a.count),
                                                bs.baseAddress, UInt32(bs.count), "")!
            }
        }
        LLVMSetInstructionCallConv(newCall, LLVMGetInstructionCallConv(call))
        LLVMSetTailCallKind(newCall, LLVMGetTailCallKind(call))
        copyAttributes(params: LLVMGetNumArgOperands(call), paramShift: paramShift, dropReturn: dropReturn,
                       count: { LLVMGetCallSiteAttributeCount(call, $0) },
                       get: { LLVMGetCallSiteAttributes(call, $0, $1) },
                       add: { LLVMAddCallSiteAttribute(newCall, $0, $1) })
        return newCall
    }

    /// Erases `old`, its uses (if any) given to `new`.
    func replace(_ old: LLVMValueRef, with new: LLVMValueRef) {
        if LLVMGetFirstUse(old) != nil { LLVMReplaceAllUsesWith(old, new) }
        LLVMInstructionEraseFromParent(old)
    }

    /// A call with a large result passes a slot of the caller's frame and
    /// loads the result from it.
    func demoteLargeResult(of call: LLVMValueRef) {
        let fnType = LLVMGetCalledFunctionType(call)!
        let ret = LLVMGetReturnType(fnType)!
        guard needsSret(ret) else { return }
        let caller = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call))!
        let slot = entryAlloca(ret, in: caller)
        let n = LLVMGetNumArgOperands(call)
        var args: [LLVMValueRef?] = [slot] + (0..<n).map { LLVMGetOperand(call, $0) }
        var params: [LLVMTypeRef?] = [ptr] + (0..<LLVMCountParamTypes(fnType)).map { _ in nil }
        params.withUnsafeMutableBufferPointer { buf in
            var tmp = [LLVMTypeRef?](repeating: nil, count: Int(LLVMCountParamTypes(fnType)))
            tmp.withUnsafeMutableBufferPointer { LLVMGetParamTypes(fnType, $0.baseAddress) }
            for (i, t) in tmp.enumerated() { buf[i + 1] = t }
        }
        let newType = params.withUnsafeMutableBufferPointer {
            LLVMFunctionType(LLVMVoidTypeInContext(ctx), $0.baseAddress, UInt32($0.count), LLVMIsFunctionVarArg(fnType))!
        }
        let newCall = rebuild(call, type: newType, args: args, bundles: [], paramShift: 1, dropReturn: true)
        let kind = LLVMGetEnumAttributeKindForName("sret", 4)
        LLVMAddCallSiteAttribute(newCall, 1, LLVMCreateTypeAttribute(ctx, kind, ret))
        LLVMPositionBuilderBefore(b, call)
        replace(call, with: LLVMBuildLoad2(b, ret, slot, "")!)
    }

    /// A slot in the function's entry block, with the other allocas.
    func entryAlloca(_ ty: LLVMTypeRef, in fn: LLVMValueRef) -> LLVMValueRef {
        let entry = LLVMGetEntryBasicBlock(fn)!
        var i = LLVMGetFirstInstruction(entry)
        while let inst = i, LLVMIsAAllocaInst(inst) != nil { i = LLVMGetNextInstruction(inst) }
        if let i { LLVMPositionBuilderBefore(b, i) } else { LLVMPositionBuilderAtEnd(b, entry) }
        let a = LLVMBuildAlloca(b, ty, "sret")!
        LLVMSetAlignment(a, UInt32(max(8, target.alignment(of: ty))))
        return a
    }

    /// Inline asm never collects (Function.swift `escape`).
    func markInlineAsmLeaves(in fn: LLVMValueRef) {
        let key = "gc-leaf-function"
        for call in instructions(of: fn) where LLVMIsACallInst(call) != nil {
            guard let callee = LLVMGetCalledValue(call), LLVMIsAInlineAsm(callee) != nil else { continue }
            let attr = LLVMCreateStringAttribute(ctx, key, UInt32(key.utf8.count), "", 0)
            LLVMAddCallSiteAttribute(call, functionAttributeIndex, attr)
        }
    }

    // MARK: 3. frame-slot casts behind a gc leaf

    func launderFunction() -> LLVMValueRef {
        if let launder { return launder }
        var params: [LLVMTypeRef?] = [ptr]
        let ty = params.withUnsafeMutableBufferPointer { LLVMFunctionType(heapPtr, $0.baseAddress, 1, 0)! }
        let fn = LLVMAddFunction(module, Statepoints.launderName, ty)!
        addFunctionAttribute(fn, "gc-leaf-function")
        launder = fn
        return fn
    }

    func launderFrameCasts(in fn: LLVMValueRef) {
        for inst in instructions(of: fn) where LLVMGetInstructionOpcode(inst) == LLVMAddrSpaceCast {
            guard LLVMGetPointerAddressSpace(LLVMTypeOf(inst)) == 1 else { continue }
            let f = launderFunction()
            LLVMPositionBuilderBefore(b, inst)
            var args: [LLVMValueRef?] = [LLVMGetOperand(inst, 0)]
            let call = args.withUnsafeMutableBufferPointer {
                LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, $0.baseAddress, 1, "")!
            }
            LLVMReplaceAllUsesWith(inst, call)
            LLVMInstructionEraseFromParent(inst)
        }
    }

    /// RS4GC relocates every heap-typed value live across a statepoint,
    /// frame addresses included, through a spill slot that codegen may
    /// share with other values. A frame address carried past a defer's
    /// setjmp (the result slot a recovered function returns from) must
    /// keep its own register or slot, as before RS4GC: relocations of
    /// values that can only be frame addresses are undone (the collector
    /// ignores them anyway).
    func keepFrameAddresses() {
        guard let launder else { return }
        var memo: [LLVMValueRef: Bool] = [:]
        func isFrameAddress(_ v: LLVMValueRef) -> Bool {
            if let known = memo[v] { return known }
            memo[v] = true      // a phi cycle: decided by the other inputs
            var result = false
            if LLVMIsACallInst(v) != nil, let callee = LLVMGetCalledValue(v) {
                if callee == launder {
                    result = true
                } else if let (derived, _) = relocated(v) {
                    result = isFrameAddress(derived)
                }
            } else if LLVMIsAPHINode(v) != nil {
                result = (0..<LLVMCountIncoming(v)).allSatisfy { isFrameAddress(LLVMGetIncomingValue(v, $0)) }
            } else if LLVMIsAGetElementPtrInst(v) != nil || LLVMIsAAddrSpaceCastInst(v) != nil {
                result = isFrameAddress(LLVMGetOperand(v, 0))
            } else if LLVMIsASelectInst(v) != nil {
                result = isFrameAddress(LLVMGetOperand(v, 1)) && isFrameAddress(LLVMGetOperand(v, 2))
            }
            memo[v] = result
            return result
        }
        var relocations: [(LLVMValueRef, LLVMValueRef)] = []
        for fn in functions {
            for inst in instructions(of: fn) {
                if let (derived, statepoint) = relocated(inst), isFrameAddress(derived) {
                    relocations.append((inst, derived))
                    // Still listed at the statepoint: a live frame address
                    // is what makes a stack object reachable.
                    let base = Int(LLVMConstIntGetZExtValue(LLVMGetOperand(inst, 1)))
                    let derivedIndex = Int(LLVMConstIntGetZExtValue(LLVMGetOperand(inst, 2)))
                    frameRoots[statepoint, default: []].formUnion([base, derivedIndex])
                }
            }
        }
        // The relocation itself stays, used right after the statepoint by
        // an empty inline asm: codegen reports only relocated values, and a
        // live frame address is what makes a stack object reachable.
        var keepParams: [LLVMTypeRef?] = [heapPtr]
        let keepType = keepParams.withUnsafeMutableBufferPointer { LLVMFunctionType(LLVMVoidTypeInContext(ctx), $0.baseAddress, 1, 0)! }
        let constraints = "r"
        let keep = LLVMGetInlineAsm(keepType, "", 0, constraints, constraints.utf8.count, 1, 0, LLVMInlineAsmDialectATT, 0)!
        let leaf = "gc-leaf-function"
        // A relocation of a relocation stands for the first one's value.
        var replaced: [LLVMValueRef: LLVMValueRef] = [:]
        for (relocate, derived) in relocations {
            var value = derived
            while let r = replaced[value] { value = r }
            LLVMReplaceAllUsesWith(relocate, value)
            replaced[relocate] = value
            guard let next = LLVMGetNextInstruction(relocate) else { continue }
            LLVMPositionBuilderBefore(b, next)
            var args: [LLVMValueRef?] = [relocate]
            let call = args.withUnsafeMutableBufferPointer { LLVMBuildCall2(b, keepType, keep, $0.baseAddress, 1, "")! }
            LLVMAddCallSiteAttribute(call, functionAttributeIndex, LLVMCreateStringAttribute(ctx, leaf, UInt32(leaf.utf8.count), "", 0))
        }
    }

    /// RS4GC reports a call's heap-pointer arguments as live across it even
    /// when the caller never uses them again; the callee reports them for as
    /// long as it needs them (as gc's callee-owned arguments), so a value
    /// whose relocation is unused is dropped from the statepoint: otherwise
    /// `f(new(big))` keeps the object alive in the caller's frame until f
    /// returns.
    func dropDeadRoots() {
        for fn in functions {
            // Found first: pruning erases relocations that follow them.
            for call in instructions(of: fn).filter({ isStatepoint($0) }) {
                pruneLiveSet(of: call)
            }
        }
    }

    func isStatepoint(_ v: LLVMValueRef) -> Bool {
        guard LLVMIsACallInst(v) != nil, let callee = LLVMGetCalledValue(v), LLVMIsAFunction(callee) != nil else { return false }
        return valueName(callee).hasPrefix("llvm.experimental.gc.statepoint")
    }

    func pruneLiveSet(of statepoint: LLVMValueRef) {
        var relocates: [LLVMValueRef] = []
        var use = LLVMGetFirstUse(statepoint)
        while let u = use {
            let user = LLVMGetUser(u)!
            use = LLVMGetNextUse(u)
            guard relocated(user) != nil else { continue }
            if LLVMGetFirstUse(user) == nil {
                LLVMInstructionEraseFromParent(user)
            } else {
                relocates.append(user)
            }
        }
        var bundles: [LLVMOperandBundleRef?] = []
        var live: [LLVMValueRef?] = []
        var liveIndex = -1
        for k in 0..<LLVMGetNumOperandBundles(statepoint) {
            let bundle = LLVMGetOperandBundleAtIndex(statepoint, k)!
            var len = 0
            let bytes = LLVMGetOperandBundleTag(bundle, &len)!
            let tag = String(decoding: UnsafeRawBufferPointer(start: bytes, count: len), as: UTF8.self)
            if tag == "gc-live" {
                liveIndex = Int(k)
                live = (0..<LLVMGetNumOperandBundleArgs(bundle)).map { LLVMGetOperandBundleArgAtIndex(bundle, $0) }
                LLVMDisposeOperandBundle(bundle)
            } else {
                bundles.append(bundle)
            }
        }
        defer { for b in bundles { LLVMDisposeOperandBundle(b) } }
        guard liveIndex >= 0 else { return }
        func index(_ r: LLVMValueRef, _ k: UInt32) -> Int { Int(LLVMConstIntGetZExtValue(LLVMGetOperand(r, k))) }
        var used = frameRoots[statepoint] ?? []
        for r in relocates { used.insert(index(r, 1)); used.insert(index(r, 2)) }
        guard used.count < live.count else { return }
        var renumber: [Int: Int] = [:]
        var kept: [LLVMValueRef?] = []
        for (i, v) in live.enumerated() where used.contains(i) {
            renumber[i] = kept.count
            kept.append(v)
        }
        if !kept.isEmpty {
            let bundle = kept.withUnsafeMutableBufferPointer { LLVMCreateOperandBundle("gc-live", 7, $0.baseAddress, UInt32($0.count)) }
            bundles.append(bundle)
        }
        let n = LLVMGetNumArgOperands(statepoint)
        let args: [LLVMValueRef?] = (0..<n).map { LLVMGetOperand(statepoint, $0) }
        replace(statepoint, with: rebuild(statepoint, type: LLVMGetCalledFunctionType(statepoint), args: args, bundles: bundles))
        for r in relocates {
            for k: UInt32 in [1, 2] {
                LLVMSetOperand(r, k, LLVMConstInt(LLVMInt32TypeInContext(ctx), UInt64(renumber[index(r, k)]!), 0))
            }
        }
    }

    /// For a gc.relocate: the value it relocates and its statepoint.
    func relocated(_ v: LLVMValueRef) -> (LLVMValueRef, LLVMValueRef)? {
        guard LLVMIsACallInst(v) != nil, let callee = LLVMGetCalledValue(v), LLVMIsAFunction(callee) != nil,
              valueName(callee).hasPrefix("llvm.experimental.gc.relocate") else { return nil }
        guard let statepoint = LLVMGetOperand(v, 0) else { return nil }
        let index = Int(LLVMConstIntGetZExtValue(LLVMGetOperand(v, 2)))
        for k in 0..<LLVMGetNumOperandBundles(statepoint) {
            let bundle = LLVMGetOperandBundleAtIndex(statepoint, k)!
            defer { LLVMDisposeOperandBundle(bundle) }
            var len = 0
            let bytes = LLVMGetOperandBundleTag(bundle, &len)!
            let tag = String(decoding: UnsafeRawBufferPointer(start: bytes, count: len), as: UTF8.self)
            guard tag == "gc-live", index < LLVMGetNumOperandBundleArgs(bundle) else { continue }
            return (LLVMGetOperandBundleArgAtIndex(bundle, UInt32(index))!, statepoint)
        }
        return nil
    }

    func restoreCasts() {
        guard let f = launder else { return }
        var use = LLVMGetFirstUse(f)
        var calls: [LLVMValueRef] = []
        while let u = use {
            calls.append(LLVMGetUser(u))
            use = LLVMGetNextUse(u)
        }
        for call in calls {
            LLVMPositionBuilderBefore(b, call)
            let cast = LLVMBuildAddrSpaceCast(b, LLVMGetOperand(call, 0), heapPtr, "")!
            LLVMReplaceAllUsesWith(call, cast)
            LLVMInstructionEraseFromParent(call)
        }
        LLVMDeleteFunction(f)
    }

    // MARK: 2. aggregates apart

    /// The index paths of an aggregate's scalar leaves.
    func leafPaths(_ ty: LLVMTypeRef, prefix: [UInt32] = []) -> [[UInt32]] {
        guard isAggregate(ty) else { return [prefix] }
        return elements(of: ty).enumerated().flatMap { i, e in leafPaths(e, prefix: prefix + [UInt32(i)]) }
    }

    func splitAggregates(in fn: LLVMValueRef) {
        var values: [LLVMValueRef] = (0..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0)! }
        values += instructions(of: fn)
        values = values.filter { v in
            let ty = LLVMTypeOf(v)!
            guard isAggregate(ty) && holdsHeapPointer(ty) else { return false }
            // A link of an insertvalue chain used only by the next link
            // in the same block is not live across anything.
            if LLVMIsAInsertValueInst(v) != nil, let use = LLVMGetFirstUse(v), LLVMGetNextUse(use) == nil,
               let user = LLVMGetUser(use), LLVMIsAInsertValueInst(user) != nil,
               LLVMGetInstructionParent(user) == LLVMGetInstructionParent(v), LLVMGetNextInstruction(v) == user {
                return false
            }
            return true
        }
        for v in values { split(v, in: fn) }
    }

    func split(_ v: LLVMValueRef, in fn: LLVMValueRef) {
        let ty = LLVMTypeOf(v)!
        // Where the fields are taken out: after v (after a block's phis).
        if LLVMIsAArgument(v) != nil {
            let entry = LLVMGetEntryBasicBlock(fn)!
            LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(entry))
        } else if let next = firstInsertionPoint(after: v) {
            LLVMPositionBuilderBefore(b, next)
        } else {
            return
        }
        var uses: [(user: LLVMValueRef, operand: UInt32)] = []
        var use = LLVMGetFirstUse(v)
        while let u = use {
            let user = LLVMGetUser(u)!
            for k in 0..<UInt32(LLVMGetNumOperands(user)) where LLVMGetOperand(user, k) == v {
                uses.append((user, k))
            }
            use = LLVMGetNextUse(u)
        }
        var parts: [[UInt32]: LLVMValueRef] = [[]: v]
        func part(_ path: [UInt32]) -> LLVMValueRef {
            if let p = parts[path] { return p }
            let whole = part(Array(path.dropLast()))
            let p = LLVMBuildExtractValue(b, whole, path.last!, "")!
            parts[path] = p
            return p
        }
        let leaves = leafPaths(ty)
        let fields = leaves.map { part($0) }
        for (user, k) in uses {
            if LLVMIsAPHINode(user) != nil {
                let block = LLVMGetIncomingBlock(user, k)!
                LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(block))
            } else {
                LLVMPositionBuilderBefore(b, user)
            }
            var index = 0
            LLVMSetOperand(user, k, rebuild(ty, fields, &index))
        }
    }

    func rebuild(_ ty: LLVMTypeRef, _ fields: [LLVMValueRef], _ index: inout Int) -> LLVMValueRef {
        guard isAggregate(ty) else {
            defer { index += 1 }
            return fields[index]
        }
        var agg = LLVMGetPoison(ty)!
        for (i, e) in elements(of: ty).enumerated() {
            agg = LLVMBuildInsertValue(b, agg, rebuild(e, fields, &index), UInt32(i), "")!
        }
        return agg
    }

    func firstInsertionPoint(after v: LLVMValueRef) -> LLVMValueRef? {
        var next = LLVMGetNextInstruction(v)
        while let n = next, LLVMIsAPHINode(n) != nil { next = LLVMGetNextInstruction(n) }
        return next
    }

    // MARK: 4. frame slots

    /// Which words of a slot of type `ty` to scan: heap pointers, and
    /// integers of 64 bits or plain pointers that may carry one.
    func scanWords(_ ty: LLVMTypeRef, at offset: Int, into words: inout Set<Int>, limit: Int) {
        if words.count > limit { return }
        switch LLVMGetTypeKind(ty) {
        case LLVMPointerTypeKind:
            if offset % 8 == 0 { words.insert(offset / 8) }
        case LLVMIntegerTypeKind:
            if LLVMGetIntTypeWidth(ty) >= 64 && offset % 8 == 0 {
                for w in 0..<(Int(LLVMGetIntTypeWidth(ty)) / 64) { words.insert(offset / 8 + w) }
            }
        case LLVMStructTypeKind:
            for (i, e) in elements(of: ty).enumerated() {
                let off = Int(LLVMOffsetOfElement(target.targetData, ty, UInt32(i)))
                scanWords(e, at: offset + off, into: &words, limit: limit)
            }
        case LLVMArrayTypeKind, LLVMVectorTypeKind:
            let elem = LLVMGetElementType(ty)!
            let n = LLVMGetTypeKind(ty) == LLVMArrayTypeKind ? Int(LLVMGetArrayLength2(ty)) : Int(LLVMGetVectorSize(ty))
            let stride = target.size(of: elem)
            if LLVMGetTypeKind(elem) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(elem) < 64 {
                // Bytes may hold anything copied in: every aligned word.
                for w in 0..<(n * stride / 8) { words.insert(offset / 8 + w) }
                return
            }
            for i in 0..<n {
                scanWords(elem, at: offset + i * stride, into: &words, limit: limit)
                if words.count > limit { return }
            }
        default: break
        }
    }

    /// Which words of a slot to scan (bit i: word i; all ones: every word,
    /// for slots past 64 words), or nil if nothing in it needs scanning.
    func wordBitmap(of alloca: LLVMValueRef) -> UInt64? {
        let ty = LLVMGetAllocatedType(alloca)!
        var words = Set<Int>()
        scanWords(ty, at: 0, into: &words, limit: 64)
        if words.isEmpty { return nil }
        if words.count > 64 || (words.max() ?? 0) > 63 { return ~0 }
        return words.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
    }

    /// Whether the slot's address becomes a Go pointer (`&x` of a variable
    /// kept in the frame): then it is a stack object, scanned only while a
    /// live pointer reaches it (gc's stack objects, mgcstack.go).
    func isAddressTaken(_ alloca: LLVMValueRef) -> Bool {
        var work = [alloca]
        var seen = Set<LLVMValueRef>()
        while let v = work.popLast() {
            guard seen.insert(v).inserted else { continue }
            var use = LLVMGetFirstUse(v)
            while let u = use {
                let user = LLVMGetUser(u)!
                use = LLVMGetNextUse(u)
                if LLVMIsACallInst(user) != nil, let callee = LLVMGetCalledValue(user), callee == launder { return true }
                if LLVMIsAGetElementPtrInst(user) != nil { work.append(user) }
            }
        }
        return false
    }

    func describeFrameSlots(in fn: LLVMValueRef) {
        let entry = LLVMGetEntryBasicBlock(fn)!
        var slots: [(slot: LLVMValueRef, bitmap: UInt64)] = []
        var conservative = false
        for inst in instructions(of: fn) where LLVMIsAAllocaInst(inst) != nil {
            guard let bitmap = wordBitmap(of: inst) else { continue }
            let isStatic = LLVMGetInstructionParent(inst) == entry && LLVMIsConstant(LLVMGetOperand(inst, 0)) != 0
            if isStatic { slots.append((inst, bitmap)) } else { conservative = true }
        }
        // Zeroed on entry, after the allocas (gathered at the top first),
        // unless the entry block writes them before its first statepoint
        // (a defer record, a frame closure: zeroing those again cost a
        // defer-per-call loop 80%; a word they leave unwritten may keep a
        // stale object alive, never a live one from being found).
        if !slots.isEmpty {
            hoistAllocas(in: entry)
            let written = slotsWrittenFirst(in: entry)
            var i = LLVMGetFirstInstruction(entry)
            while let inst = i, LLVMIsAAllocaInst(inst) != nil { i = LLVMGetNextInstruction(inst) }
            if let i { LLVMPositionBuilderBefore(b, i) } else { LLVMPositionBuilderAtEnd(b, entry) }
            for (slot, _) in slots where !written.contains(slot) {
                let ty = LLVMGetAllocatedType(slot)!
                let size = LLVMConstInt(i64, UInt64(target.size(of: ty)), 0)
                _ = LLVMBuildMemSet(b, slot, LLVMConstInt(LLVMInt8TypeInContext(ctx), 0, 0), size, LLVMGetAlignment(slot))
            }
        }
        // Flags first (bit 0: a slot could not be described; scan the
        // frame conservatively), then per slot its size in bytes (bit 63:
        // a stack object), the words to scan and its address
        // (runtime/src/stackmap.c).
        var operands: [LLVMValueRef?] = [LLVMConstInt(i64, conservative ? 1 : 0, 0)]
        for (slot, bitmap) in slots {
            let size = UInt64(target.size(of: LLVMGetAllocatedType(slot)!))
            operands.append(LLVMConstInt(i64, size | (isAddressTaken(slot) ? Statepoints.stackObject : 0), 0))
            operands.append(LLVMConstInt(i64, bitmap, 0))
            operands.append(slot)
        }
        for call in instructions(of: fn) where LLVMIsACallInst(call) != nil && isSafepoint(call) {
            addDeoptBundle(operands, to: call)
        }
    }

    /// The slots the entry block stores into before its first statepoint.
    func slotsWrittenFirst(in entry: LLVMBasicBlockRef) -> Set<LLVMValueRef> {
        func slot(of address: LLVMValueRef) -> LLVMValueRef? {
            var v = address
            while true {
                if LLVMIsAAllocaInst(v) != nil { return v }
                if LLVMIsAGetElementPtrInst(v) != nil || LLVMIsAAddrSpaceCastInst(v) != nil {
                    v = LLVMGetOperand(v, 0)
                } else if LLVMIsACallInst(v) != nil, let callee = LLVMGetCalledValue(v), callee == launder {
                    v = LLVMGetOperand(v, 0)
                } else {
                    return nil
                }
            }
        }
        var written = Set<LLVMValueRef>()
        var i = LLVMGetFirstInstruction(entry)
        while let inst = i {
            i = LLVMGetNextInstruction(inst)
            if LLVMIsAStoreInst(inst) != nil, let s = slot(of: LLVMGetOperand(inst, 1)) {
                written.insert(s)
            } else if LLVMIsACallInst(inst) != nil && isSafepoint(inst) {
                break
            }
        }
        return written
    }

    func hoistAllocas(in entry: LLVMBasicBlockRef) {
        var allocas: [LLVMValueRef] = []
        var i = LLVMGetFirstInstruction(entry)
        while let inst = i {
            i = LLVMGetNextInstruction(inst)
            if LLVMIsAAllocaInst(inst) != nil, LLVMIsConstant(LLVMGetOperand(inst, 0)) != 0 { allocas.append(inst) }
        }
        guard let first = LLVMGetFirstInstruction(entry) else { return }
        for a in allocas where a != first {
            LLVMInstructionRemoveFromParent(a)
            LLVMPositionBuilderBefore(b, first)
            LLVMInsertIntoBuilder(b, a)
        }
    }

    func addDeoptBundle(_ operands: [LLVMValueRef?], to call: LLVMValueRef) {
        var ops = operands
        let bundle = ops.withUnsafeMutableBufferPointer { LLVMCreateOperandBundle("deopt", 5, $0.baseAddress, UInt32($0.count)) }!
        defer { LLVMDisposeOperandBundle(bundle) }
        let n = LLVMGetNumArgOperands(call)
        let args: [LLVMValueRef?] = (0..<n).map { LLVMGetOperand(call, $0) }
        replace(call, with: rebuild(call, type: LLVMGetCalledFunctionType(call), args: args, bundles: [bundle]))
    }
}
