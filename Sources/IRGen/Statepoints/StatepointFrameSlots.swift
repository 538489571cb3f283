import CLLVM

// Statepoint lowering, step 4 (Statepoints.swift): each statepoint's deopt
// bundle describes the frame slots that may hold heap pointers.

extension StatepointLowering {
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
        var conservative = conservativeFrames.contains(fn)
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
        // Flags first (a slot could not be described: scan the frame
        // conservatively), then per slot its size in bytes (bit 63: a stack
        // object), the words to scan and its address (runtime/src/
        // stackmap.c). The slots are the same at every call site, and so
        // are their places in the frame (no push sequences move the stack
        // pointer between calls: Target.swift), so one call site lists
        // them and the others point to it: the stack maps shrink tenfold.
        let flags = conservative ? Statepoints.conservativeFrame : 0
        var operands: [LLVMValueRef?] = [LLVMConstInt(i64, flags, 0)]
        for (slot, bitmap) in slots where !conservative {
            let size = UInt64(target.size(of: LLVMGetAllocatedType(slot)!))
            operands.append(LLVMConstInt(i64, size | (isAddressTaken(slot) ? Statepoints.stackObject : 0), 0))
            operands.append(LLVMConstInt(i64, bitmap, 0))
            operands.append(slot)
        }
        let elsewhere: [LLVMValueRef?] = [LLVMConstInt(i64, flags | Statepoints.describedElsewhere, 0)]
        var described = false
        for call in instructions(of: fn) where LLVMIsACallInst(call) != nil && isSafepoint(call) {
            addDeoptBundle(described && operands.count > 1 ? elsewhere : operands, to: call)
            described = true
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
