import CLLVM

// Statepoint lowering, step 2 (Statepoints.swift): aggregate values holding
// heap pointers are taken apart after their definition and put together
// again at each use, since RS4GC leaves first-class aggregates out.

extension StatepointLowering {
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
        // Each (user, operand) once: a user listing v twice has two uses.
        var uses: [(user: LLVMValueRef, operand: UInt32)] = []
        var users = Set<LLVMValueRef>()
        var use = LLVMGetFirstUse(v)
        while let u = use {
            let user = LLVMGetUser(u)!
            if users.insert(user).inserted {
                for k in 0..<UInt32(LLVMGetNumOperands(user)) where LLVMGetOperand(user, k) == v {
                    uses.append((user, k))
                }
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
        // A phi may list one predecessor twice (a switch's cases sharing a
        // target); both entries must then be the same value.
        var rebuiltAtEnd: [LLVMBasicBlockRef: LLVMValueRef] = [:]
        for (user, k) in uses {
            var index = 0
            if LLVMIsAPHINode(user) != nil {
                let block = LLVMGetIncomingBlock(user, k)!
                if rebuiltAtEnd[block] == nil {
                    LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(block))
                    rebuiltAtEnd[block] = rebuild(ty, fields, &index)
                }
                LLVMSetOperand(user, k, rebuiltAtEnd[block])
            } else {
                LLVMPositionBuilderBefore(b, user)
                LLVMSetOperand(user, k, rebuild(ty, fields, &index))
            }
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
}
