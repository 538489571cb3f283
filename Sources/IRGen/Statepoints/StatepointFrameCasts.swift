import CLLVM

// Statepoint lowering, step 3 (Statepoints.swift): frame-slot casts hidden
// behind a gc leaf while RS4GC runs, and what is done to its output after:
// frame addresses kept unrelocated, unused roots pruned, casts restored.

extension StatepointLowering {
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
}
