import CLLVM

// Statepoint lowering, step 0 (Statepoints.swift): values a recovery needs.
//
// A defer whose call can recover sets a resume point with
// llvm.eh.sjlj.setjmp (Defer.swift); when the deferred call recovers, the
// runtime resumes the frame there and the setjmp "returns" non-zero into
// the recovery block. The CFG has no edge for that second return from the
// calls in between (a `panic` never returns at all), so RS4GC sees a value
// that only the recovery block uses (the heap cell of an escaping named
// result) as dead across those calls: a collection during the panic, in the
// deferred call itself, would free it. Such values are therefore kept in a
// frame slot from their definition on and reloaded where the recovery uses
// them; step 4 describes the slot at every statepoint like any other.

extension StatepointLowering {
    func keepRecoveryValues(in fn: LLVMValueRef) {
        var recoveries: [LLVMBasicBlockRef] = []
        for call in instructions(of: fn) where isSetjmp(call) {
            guard let r = recoveryBlock(of: call) else {
                // A shape this pass does not know: the frame is scanned conservatively.
                conservativeFrames.insert(fn)
                return
            }
            if !recoveries.contains(r) { recoveries.append(r) }
        }
        for r in recoveries {
            let region = blocks(reachableFrom: r)
            if region.contains(where: { block in
                instructions(in: block).contains { isSetjmp($0) }
            }) {
                // The recovery path reaches a resume point again (a loop):
                // live-in values are not told apart from those defined on it.
                conservativeFrames.insert(fn)
                return
            }
            for v in liveIns(of: region, in: fn) where holdsHeapPointer(LLVMTypeOf(v)) {
                keepInSlot(v, for: region, in: fn)
            }
        }
    }

    func isSetjmp(_ inst: LLVMValueRef) -> Bool {
        guard LLVMIsACallInst(inst) != nil, let callee = LLVMGetCalledValue(inst), LLVMIsAFunction(callee) != nil else {
            return false
        }
        return valueName(callee) == "llvm.eh.sjlj.setjmp"
    }

    /// The block a setjmp's non-zero result branches to: `br (r != 0)`, or
    /// `(r == 0)` with the targets swapped, as IRGen and the optimizer leave it.
    func recoveryBlock(of setjmp: LLVMValueRef) -> LLVMBasicBlockRef? {
        guard let use = LLVMGetFirstUse(setjmp), LLVMGetNextUse(use) == nil,
              let cmp = LLVMGetUser(use), LLVMIsAICmpInst(cmp) != nil,
              let zero = LLVMGetOperand(cmp, 1), LLVMIsAConstantInt(zero) != nil, LLVMConstIntGetZExtValue(zero) == 0,
              let cmpUse = LLVMGetFirstUse(cmp), LLVMGetNextUse(cmpUse) == nil,
              let br = LLVMGetUser(cmpUse), LLVMIsABranchInst(br) != nil, LLVMIsConditional(br) != 0
        else { return nil }
        switch LLVMGetICmpPredicate(cmp) {
        case LLVMIntNE: return LLVMGetSuccessor(br, 0)
        case LLVMIntEQ: return LLVMGetSuccessor(br, 1)
        default: return nil
        }
    }

    func blocks(reachableFrom start: LLVMBasicBlockRef) -> Set<LLVMBasicBlockRef> {
        var seen: Set<LLVMBasicBlockRef> = [start]
        var work = [start]
        while let block = work.popLast() {
            guard let term = LLVMGetBasicBlockTerminator(block) else { continue }
            for k in 0..<LLVMGetNumSuccessors(term) {
                let s = LLVMGetSuccessor(term, k)!
                if seen.insert(s).inserted { work.append(s) }
            }
        }
        return seen
    }

    /// Values defined outside the region (before the resume point) and used
    /// in it: a phi's operand counts as used at the end of its predecessor.
    func liveIns(of region: Set<LLVMBasicBlockRef>, in fn: LLVMValueRef) -> [LLVMValueRef] {
        var result: [LLVMValueRef] = []
        var seen = Set<LLVMValueRef>()
        for block in region {
            for inst in instructions(in: block) {
                let isPhi = LLVMIsAPHINode(inst) != nil
                for k in 0..<UInt32(max(0, LLVMGetNumOperands(inst))) {
                    guard let v = LLVMGetOperand(inst, k) else { continue }
                    if isPhi, !region.contains(LLVMGetIncomingBlock(inst, k)) { continue }
                    let outside: Bool
                    if LLVMIsAArgument(v) != nil {
                        outside = true
                    } else if LLVMIsAInstruction(v) != nil {
                        outside = !region.contains(LLVMGetInstructionParent(v))
                    } else {
                        outside = false
                    }
                    if outside, seen.insert(v).inserted { result.append(v) }
                }
            }
        }
        return result
    }

    /// Stores v into a new frame slot right after its definition and gives
    /// the region's uses a load of it at the top of the recovery.
    func keepInSlot(_ v: LLVMValueRef, for region: Set<LLVMBasicBlockRef>, in fn: LLVMValueRef) {
        let ty = LLVMTypeOf(v)!
        let slot = entryAlloca(ty, in: fn)
        if LLVMIsAArgument(v) != nil {
            var i = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn))
            while let inst = i, LLVMIsAAllocaInst(inst) != nil { i = LLVMGetNextInstruction(inst) }
            LLVMPositionBuilderBefore(b, i)
        } else if let next = firstInsertionPoint(after: v) {
            LLVMPositionBuilderBefore(b, next)
        } else {
            return
        }
        LLVMSetVolatile(LLVMBuildStore(b, v, slot), 1)
        var reloads: [LLVMBasicBlockRef: LLVMValueRef] = [:]
        func reload(in block: LLVMBasicBlockRef) -> LLVMValueRef {
            if let r = reloads[block] { return r }
            var i = LLVMGetFirstInstruction(block)
            while let inst = i, LLVMIsAPHINode(inst) != nil { i = LLVMGetNextInstruction(inst) }
            LLVMPositionBuilderBefore(b, i)
            let load = LLVMBuildLoad2(b, ty, slot, "recovered")!
            LLVMSetVolatile(load, 1)
            reloads[block] = load
            return load
        }
        var uses: [(LLVMValueRef, UInt32, LLVMBasicBlockRef)] = []
        var use = LLVMGetFirstUse(v)
        while let u = use {
            use = LLVMGetNextUse(u)
            let user = LLVMGetUser(u)!
            let block = LLVMGetInstructionParent(user)!
            guard region.contains(block) else { continue }
            for k in 0..<UInt32(LLVMGetNumOperands(user)) where LLVMGetOperand(user, k) == v {
                if LLVMIsAPHINode(user) != nil {
                    let pred = LLVMGetIncomingBlock(user, k)!
                    if region.contains(pred) { uses.append((user, k, pred)) }
                } else {
                    uses.append((user, k, block))
                }
            }
        }
        // Reloads sit at the top of the block that uses the value (the
        // predecessor, for a phi): every block of the region is reached only
        // through the recovery, after the resume.
        for (user, k, block) in uses {
            LLVMSetOperand(user, k, reload(in: block))
        }
    }
}
