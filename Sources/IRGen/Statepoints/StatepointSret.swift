import CLLVM

// Statepoint lowering, step 1 (Statepoints.swift): results over 16 bytes
// go through an explicit sret slot, in definitions and calls alike. So do a
// Go function's results of more than two scalars (`(a, b, c, d uint32)`):
// LLVM returns each in a register of its own, and x86's statepoint
// lowering crashes on a result in more than two. The C runtime's results
// are left as the C ABI has them (RuntimeSignatureTests).

extension StatepointLowering {
    func needsSret(_ ty: LLVMTypeRef, goFunction: Bool = true) -> Bool {
        guard isAggregate(ty) else { return false }
        return target.size(of: ty) > 16 || (goFunction && scalarCount(ty) > 2)
    }

    func scalarCount(_ ty: LLVMTypeRef) -> Int {
        isAggregate(ty) ? elements(of: ty).reduce(0) { $0 + scalarCount($1) } : 1
    }

    /// A call of a function of the C runtime (or an intrinsic), not Go code.
    func callsC(_ call: LLVMValueRef) -> Bool {
        guard let callee = LLVMGetCalledValue(call), LLVMIsAFunction(callee) != nil, LLVMIsDeclaration(callee) != 0 else {
            return false
        }
        let name = valueName(callee)
        return name.hasPrefix("runtime.") || name.hasPrefix("llvm.") || name.hasPrefix("golly")
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
        LLVMSetVisibility(nf, LLVMGetVisibility(fn))
        LLVMSetComdat(nf, LLVMGetComdat(fn))
        if LLVMHasPersonalityFn(fn) != 0 { LLVMSetPersonalityFn(nf, LLVMGetPersonalityFn(fn)) }
        if let gc = LLVMGetGC(fn) { LLVMSetGC(nf, gc) }
        if let section = LLVMGetSection(fn) { LLVMSetSection(nf, section) }
        // Its line tables (IRGen/DebugInfo.swift): the body's locations
        // name this subprogram.
        LLVMSetSubprogram(nf, LLVMGetSubprogram(fn))
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
        // `returned` (which LLVM infers for a function returning its
        // argument) cannot stay once the result goes through the sret slot.
        let returned = LLVMGetEnumAttributeKindForName("returned", 8)
        indices += (0..<params).map { LLVMAttributeIndex($0 + 1) }
        for idx in indices {
            let n = count(idx)
            guard n > 0 else { continue }
            var attrs = [LLVMAttributeRef?](repeating: nil, count: Int(n))
            attrs.withUnsafeMutableBufferPointer { get(idx, $0.baseAddress) }
            let target = idx == functionAttributeIndex || idx == 0 ? idx : idx + paramShift
            for a in attrs {
                if dropReturn, let a, LLVMIsEnumAttribute(a) != 0, LLVMGetEnumAttributeKind(a) == returned { continue }
                add(target, a)
            }
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
        guard needsSret(ret, goFunction: !callsC(call)) else { return }
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
        // The callee writes the caller's frame: no longer a tail call.
        LLVMSetTailCallKind(newCall, LLVMTailCallKindNone)
        let kind = LLVMGetEnumAttributeKindForName("sret", 4)
        LLVMAddCallSiteAttribute(newCall, 1, LLVMCreateTypeAttribute(ctx, kind, ret))
        LLVMPositionBuilderBefore(b, call)
        let result = LLVMBuildLoad2(b, ret, slot, "")!
        // Every frame slot is scanned at every later statepoint
        // (StatepointFrameSlots): emptied once read, the slot keeps no
        // dead result alive (fixedbugs/issue46725.go).
        LLVMBuildStore(b, LLVMConstNull(ret), slot)
        replace(call, with: result)
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
}
