import CLLVM
import GoSyntax
import GoTypes

// For statements with range clauses (spec: "For statements with range
// clause") over arrays, pointers to arrays, slices and strings. The range
// expression is evaluated once; the iteration variables are declared once
// per loop (Go 1.19) or assigned like an assignment statement.

extension FunctionGenerator {
    func rangeStmt(_ s: RangeStmt, label: String?) throws {
        guard let xt = info.type(of: s.x) else { throw InternalError(pos: s.pos, message: "untyped range expression") }
        switch xt.underlying {
        case let bt as Basic where bt.isString: try rangeString(s, label: label)
        case is Slice, is ArrayT: try rangeIndexed(s, xt, label: label)
        case let p as Pointer where p.elem.underlying is ArrayT: try rangeIndexed(s, xt, label: label)
        case is MapT:
            let targets = try iterationTargets(s)
            try rangeMap(s, xt, label: label) { key, value in
                try self.assignIteration(s, targets, key: key, value: value)
            }
        case is Chan: try rangeChan(s, xt, label: label)
        default: throw InternalError(pos: s.pos, message: "range over \(xt)")
        }
    }

    /// Where the key and value of each iteration go: fresh variables for `:=`,
    /// the operands' storage for `=`, nothing for `_` or an absent variable.
    func iterationTargets(_ s: RangeStmt) throws -> (key: VarSlot?, value: VarSlot?) {
        func target(_ e: Expr?) throws -> VarSlot? {
            guard let e = e else { return nil }
            if let id = unparen(e) as? Ident, id.isBlank { return nil }
            if s.tok == .define, let id = e as? Ident, let v = info.defs[id.id] as? Var {
                return try declare(v, at: id.pos)
            }
            return nil     // assigned per iteration, see assignIteration
        }
        return (try target(s.key), try target(s.value))
    }

    /// Stores one iteration's key and value.
    func assignIteration(_ s: RangeStmt, _ targets: (key: VarSlot?, value: VarSlot?), key: LLValue, value: () throws -> LLValue?) throws {
        if s.tok == .assign {
            // As an assignment statement: both operands first, then the
            // stores (`for i, x[i] = range y` indexes x with the old i).
            let keyTarget = try s.key.flatMap { k in (unparen(k) as? Ident)?.isBlank ?? false ? nil : try address(of: k) }
            let valueTarget = try s.value.flatMap { v in (unparen(v) as? Ident)?.isBlank ?? false ? nil : try address(of: v) }
            let val = valueTarget == nil ? nil : try value()
            if let keyTarget { try store(key, keyTarget) }
            if let valueTarget, let val { try store(val, valueTarget) }
            return
        }
        if let k = targets.key { try store(key, k) }
        if let v = targets.value, let val = try value() { try store(val, v) }
    }

    private func loop(label: String?, _ s: RangeStmt, cond: () throws -> LLValue, body: () throws -> Void, post: () throws -> Void) throws {
        let header = newBlock("range.cond"), bodyBlock = newBlock("range.body")
        let postBlock = newBlock("range.post"), end = newBlock("range.end")
        b.br(header)
        b.position(at: header)
        b.condBr(try cond(), bodyBlock, end)
        b.position(at: bodyBlock)
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: postBlock))
        try body()
        try block(s.body.list)
        targets.removeLast()
        if !b.isTerminated { b.br(postBlock) }
        b.position(at: postBlock)
        try post()
        preemptionCheck()
        b.br(header)
        b.position(at: end)
    }

    private func rangeIndexed(_ s: RangeStmt, _ xt: GoType, label: String?) throws {
        let wantsValue = s.value != nil && !((s.value.map(unparen) as? Ident)?.isBlank ?? false)
        // The elements: a slice's pointer, a pointer to an array, or a copy of an
        // array value (ranging over an array copies it, spec).
        let base: LLValue
        let len: LLValue
        let elemType: GoType
        switch xt.underlying {
        case let sl as Slice:
            let v = try expr(s.x)
            (base, len, elemType) = (b.extract(v, 0), b.extract(v, 1), sl.elem)
        case let a as ArrayT:
            elemType = a.elem
            len = t.i64(Int(a.len))
            if wantsValue && isLarge(xt, at: s.pos) {
                base = try expr(s.x)    // a copy in memory already
            } else if wantsValue {
                let v = try expr(s.x)
                let copy = alloca(LLVMTypeOf(v), "range.array")
                b.store(v, copy)
                base = copy
            } else {
                if info.value(of: s.x) == nil { _ = try expr(s.x) }
                base = t.null(t.ptr)
            }
        case let p as Pointer:
            let a = p.elem.underlying as! ArrayT
            elemType = a.elem
            len = t.i64(Int(a.len))
            let ptr = try expr(s.x)
            if wantsValue { nilCheck(ptr) }
            base = ptr
        default: throw InternalError(pos: s.pos, message: "range over \(xt)")
        }
        let elem = try m.lower(elemType, at: s.pos)
        let targets = try iterationTargets(s)
        let index = alloca(t.i64, "range.i")
        b.store(t.i64(0), index)
        try loop(label: label, s, cond: {
            b.icmp(LLVMIntSLT, b.load(t.i64, index), len)
        }, body: {
            let i = b.load(t.i64, index)
            try assignIteration(s, targets, key: i) {
                wantsValue ? try loadValue(elemType, from: b.gep(elem, base, [i]), at: s.pos) : nil
            }
        }, post: {
            b.store(LLVMBuildAdd(b.b, b.load(t.i64, index), t.i64(1), "")!, index)
        })
    }

    /// Over a string: the byte offset of each rune and the rune, decoded as
    /// UTF-8 (an invalid byte gives U+FFFD and advances one byte).
    private func rangeString(_ s: RangeStmt, label: String?) throws {
        let str = try expr(s.x)
        let ptr = b.extract(str, 0), len = b.extract(str, 1)
        let targets = try iterationTargets(s)
        let index = alloca(t.i64, "range.i"), next = alloca(t.i64, "range.next")
        b.store(t.i64(0), index)
        try loop(label: label, s, cond: {
            b.icmp(LLVMIntSLT, b.load(t.i64, index), len)
        }, body: {
            let i = b.load(t.i64, index)
            // ASCII inline; anything else through the runtime's decoder.
            let byte = b.load(t.i8, b.gep(t.i8, ptr, [i]))
            let ascii = LLVMBuildZExt(b.b, byte, t.i32, "")!
            let asciiNext = LLVMBuildAdd(b.b, i, t.i64(1), "")!
            let from = b.currentBlock
            let slow = newBlock("range.decode"), done = newBlock("range.decoded")
            b.condBr(b.icmp(LLVMIntULT, byte, t.constInt(t.i8, 0x80)), done, slow)
            b.position(at: slow)
            let (ft, f) = m.runtime(.decoderune)
            let d = b.call(ft, f, [ptr, len, i])
            let decoded = b.extract(d, 0), decodedNext = b.extract(d, 1)
            let slowEnd = b.currentBlock
            b.br(done)
            b.position(at: done)
            let rune = b.phi(t.i32, [(ascii, from), (decoded, slowEnd)])
            let after = b.phi(t.i64, [(asciiNext, from), (decodedNext, slowEnd)])
            b.store(after, next)
            try assignIteration(s, targets, key: i) { rune }
        }, post: {
            b.store(b.load(t.i64, next), index)
        })
    }
}
