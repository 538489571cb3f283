import BigInt
import CLLVM
import GoSyntax
import GoTypes

// Arithmetic, comparison and logical operators (spec: "Operators").
// Integer arithmetic wraps (no nsw/nuw flags); division and shifts get the
// explicit checks and fix-ups that keep LLVM's undefined cases out.

extension FunctionGenerator {
    func unary(_ u: UnaryExpr, type: GoType) throws -> LLValue {
        switch u.op {
        case .add: return try expr(u.x)
        case .sub:
            let x = try expr(u.x)
            if isFloat(type) { return LLVMBuildFNeg(b.b, x, "") }
            if isComplex(type) { return complexNegate(x) }
            return LLVMBuildSub(b.b, t.null(LLVMTypeOf(x)), x, "")
        case .not: return LLVMBuildNot(b.b, try expr(u.x), "")
        case .xor: return LLVMBuildNot(b.b, try expr(u.x), "")
        case .and:
            if let lit = unparen(u.x) as? CompositeLit { return try newLiteralObject(lit, site: u) }
            return try addressOf(u.x)
        case .arrow: return try receive(u)
        default: throw InternalError(pos: u.pos, message: "unexpected unary \(u.op)")
        }
    }

    func binary(_ e: BinaryExpr, type: GoType) throws -> LLValue {
        switch e.op {
        case .land, .lor: return try shortCircuit(e)
        default: break
        }
        guard let xt = info.type(of: e.x), let yt = info.type(of: e.y) else {
            throw InternalError(pos: e.pos, message: "untyped operand")
        }
        if e.op.isComparison {
            // Comparisons convert the operands to a common type first.
            var common = isInterface(xt) || !isInterface(yt) ? xt : yt
            // Interfaces compare as empty interfaces (dynamic type and value),
            // which a value of any type converts to; a nil operand needs only
            // the other's type word.
            if isInterface(common) && !isUntypedNil(xt) && !isUntypedNil(yt) { common = emptyInterface }
            // string(b) shares b's bytes here (TransientStrings.swift).
            let strings = isString(common)
            let x = try (strings && !mayRunCode(e.y) ? transientString(e.x) : nil) ?? expr(e.x, convertedTo: common)
            let y = try (strings ? transientString(e.y) : nil) ?? expr(e.y, convertedTo: common)
            return try compare(e.op, x, y, type: common, at: e.pos)
        }
        let x = try expr(e.x)
        if e.op == .shl || e.op == .shr, let count = info.value(of: e.y)?.exactInteger {
            // A constant count is its exact value, never negative (the
            // checker said so): an untyped one keeps its kind, float or
            // complex, and may exceed int (types2 only checks that it is
            // representable as a uint: `x << (1+0i)`, `x << math.MaxUint`,
            // shift3.go).
            let uint = Universe.basic(.uint)
            let y = t.constInt(t.i64, UInt64(clamping: count))
            return try binary(e.op, x, y, xType: xt, yType: uint, at: e.pos)
        }
        let y = try expr(e.y)
        return try binary(e.op, x, y, xType: xt, yType: yt, at: e.pos)
    }

    /// `&&` and `||` evaluate their right operand only when needed.
    func shortCircuit(_ e: BinaryExpr) throws -> LLValue {
        // Evaluated already in the statement's order (EvalOrder.swift).
        if let made = hoisted[e.id], let made { return made }
        let x = try expr(e.x)
        let from = b.currentBlock
        let rhs = newBlock(e.op == .land ? "and.rhs" : "or.rhs"), end = newBlock("logic.end")
        if e.op == .land { b.condBr(x, rhs, end) } else { b.condBr(x, end, rhs) }
        b.position(at: rhs)
        let y = try expr(e.y)
        let rhsEnd = b.currentBlock
        b.br(end)
        b.position(at: end)
        return b.phi(t.i1, [(t.bool(e.op == .lor), from), (y, rhsEnd)])
    }

    func binary(_ op: Token, _ x: LLValue, _ y: LLValue, xType: GoType, yType: GoType, at pos: Pos) throws -> LLValue {
        if op == .shl || op == .shr { return try shift(op, x, y, xType: xType, yType: yType) }
        if isString(xType) {
            guard op == .add else { throw InternalError(pos: pos, message: "bad string operator \(op)") }
            return concat(x, y)
        }
        if isComplex(xType) { return try complexArithmetic(op, x, y, at: pos) }
        if isFloat(xType) {
            switch op {
            case .add: return LLVMBuildFAdd(b.b, x, y, "")
            case .sub: return LLVMBuildFSub(b.b, x, y, "")
            case .mul: return LLVMBuildFMul(b.b, x, y, "")
            case .quo: return LLVMBuildFDiv(b.b, x, y, "")
            default: throw InternalError(pos: pos, message: "bad float operator \(op)")
            }
        }
        let unsigned = isUnsigned(xType)
        switch op {
        case .add: return LLVMBuildAdd(b.b, x, y, "")
        case .sub: return LLVMBuildSub(b.b, x, y, "")
        case .mul: return LLVMBuildMul(b.b, x, y, "")
        case .quo, .rem: return divide(op, x, y, unsigned: unsigned)
        case .and: return LLVMBuildAnd(b.b, x, y, "")
        case .or: return LLVMBuildOr(b.b, x, y, "")
        case .xor: return LLVMBuildXor(b.b, x, y, "")
        case .andNot: return LLVMBuildAnd(b.b, x, LLVMBuildNot(b.b, y, ""), "")
        default: throw InternalError(pos: pos, message: "bad integer operator \(op)")
        }
    }

    /// Integer division panics on a zero divisor (spec: "Integer operators");
    /// `MinInt / -1` wraps to MinInt and `MinInt % -1` is 0, which LLVM's
    /// sdiv/srem leave undefined, so -1 is handled apart.
    func divide(_ op: Token, _ x: LLValue, _ y: LLValue, unsigned: Bool) -> LLValue {
        let ty = LLVMTypeOf(x)!
        let zero = t.null(ty)
        if LLVMIsConstant(y) == 0 || LLVMConstIntGetZExtValue(y) == 0 {
            panicIf(b.icmp(LLVMIntEQ, y, zero), .panicdivide)
        }
        if unsigned {
            return op == .quo ? LLVMBuildUDiv(b.b, x, y, "") : LLVMBuildURem(b.b, x, y, "")
        }
        if LLVMIsConstant(y) != 0 && LLVMConstIntGetSExtValue(y) != -1 {
            return op == .quo ? LLVMBuildSDiv(b.b, x, y, "") : LLVMBuildSRem(b.b, x, y, "")
        }
        let minusOne = LLVMConstAllOnes(ty)!
        let isMinusOne = b.icmp(LLVMIntEQ, y, minusOne)
        let special = op == .quo ? LLVMBuildSub(b.b, zero, x, "")! : zero
        let from = b.currentBlock
        let normal = newBlock("div.normal"), end = newBlock("div.end")
        b.condBr(isMinusOne, end, normal)
        b.position(at: normal)
        let q = op == .quo ? LLVMBuildSDiv(b.b, x, y, "")! : LLVMBuildSRem(b.b, x, y, "")!
        b.br(end)
        b.position(at: end)
        return b.phi(ty, [(special, from), (q, normal)])
    }

    /// Shifts (spec: "Arithmetic operators"): counts at or past the width give 0
    /// (or the sign for signed >>); a negative signed count panics.
    func shift(_ op: Token, _ x: LLValue, _ y: LLValue, xType: GoType, yType: GoType) throws -> LLValue {
        let ty = LLVMTypeOf(x)!
        let width = Int(LLVMGetIntTypeWidth(ty))
        var count = widenToInt64(y, signed: !isUnsigned(yType))
        if !isUnsigned(yType) && (LLVMIsConstant(y) == 0 || LLVMConstIntGetSExtValue(y) < 0) {
            panicIf(b.icmp(LLVMIntSLT, count, t.i64(0)), .panicshift)
        }
        let inRange = b.icmp(LLVMIntULT, count, t.i64(width))
        let signedRight = op == .shr && !isUnsigned(xType)
        if signedRight {
            // Clamp to width-1: shifting by that fills with the sign bit.
            count = b.select(inRange, count, t.i64(width - 1))
        }
        let c = width == 64 ? count : LLVMBuildTrunc(b.b, count, ty, "")!
        let shifted: LLValue
        switch (op, signedRight) {
        case (.shl, _): shifted = LLVMBuildShl(b.b, x, c, "")
        case (_, true): return LLVMBuildAShr(b.b, x, c, "")
        default: shifted = LLVMBuildLShr(b.b, x, c, "")
        }
        return b.select(inRange, shifted, t.null(ty))
    }

    /// `x op y` for comparison operators on values of the common type `type`.
    func compare(_ op: Token, _ x: LLValue, _ y: LLValue, type: GoType, at pos: Pos) throws -> LLValue {
        if isString(type) {
            let (ft, f) = m.runtime(.cmpstring)
            let r = b.call(ft, f, [b.extract(x, 0), b.extract(x, 1), b.extract(y, 0), b.extract(y, 1)])
            return b.icmp(intPredicate(op, unsigned: false), r, t.i64(0))
        }
        if isFloat(type) {
            let pred: LLVMRealPredicate
            switch op {
            case .eql: pred = LLVMRealOEQ
            case .neq: pred = LLVMRealUNE
            case .lss: pred = LLVMRealOLT
            case .leq: pred = LLVMRealOLE
            case .gtr: pred = LLVMRealOGT
            default: pred = LLVMRealOGE
            }
            return b.fcmp(pred, x, y)
        }
        if isComplex(type) { return complexCompare(op, x, y) }
        if isInterface(type) { return try compareInterfaces(op, x, y, type: type, at: pos) }
        switch type.underlying {
        case is Basic, is Pointer, is Signature, is MapT, is Chan:
            return b.icmp(intPredicate(op, unsigned: isUnsigned(type) || !(type.underlying is Basic)), x, y)
        case is Struct, is ArrayT:
            let eq = try compareAggregates(x, y, type: type, at: pos)
            return op == .eql ? eq : LLVMBuildNot(b.b, eq, "")
        case is Slice:
            // Slices compare only with nil (spec: "Comparison operators").
            return b.icmp(intPredicate(op, unsigned: true), b.extract(x, 0), b.extract(y, 0))
        default:
            throw Unsupported(pos, "comparison of \(type)")
        }
    }

    func intPredicate(_ op: Token, unsigned: Bool) -> LLVMIntPredicate {
        switch op {
        case .eql: return LLVMIntEQ
        case .neq: return LLVMIntNE
        case .lss: return unsigned ? LLVMIntULT : LLVMIntSLT
        case .leq: return unsigned ? LLVMIntULE : LLVMIntSLE
        case .gtr: return unsigned ? LLVMIntUGT : LLVMIntSGT
        default: return unsigned ? LLVMIntUGE : LLVMIntSGE
        }
    }

    func concat(_ x: LLValue, _ y: LLValue) -> LLValue {
        let (ft, f) = m.runtime(.concatstring2)
        return b.call(ft, f, [b.extract(x, 0), b.extract(x, 1), b.extract(y, 0), b.extract(y, 1)])
    }
}

func isUntypedNil(_ t: GoType) -> Bool { (t as? Basic)?.kind == .untypedNil }
