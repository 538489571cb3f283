import CLLVM
import GoSyntax
import GoTypes

// Slices (spec: "Slice types", "Making slices, maps and channels",
// "Appending to and copying slices", "Slice expressions") and the
// conversions between strings, byte slices and rune slices. A slice is
// `{ ptr, len, cap }`; growth and conversions are in the runtime
// (runtime/include/golly/slice.h), everything else is inline.

/// gc's boundsError codes (runtime/error.go) for slice expressions.
enum SliceBounds: UInt64 {
    case alen = 1, acap, b, slice3Alen, slice3Acap, slice3B, slice3C
    /// (*[N]T)(s) with len(s) < N.
    case convert
}

extension FunctionGenerator {
    func elementType(of slice: GoType, at pos: Pos) throws -> (GoType, LLType, Int) {
        guard let s = slice.underlying as? Slice else { throw InternalError(pos: pos, message: "not a slice: \(slice)") }
        return (s.elem, try m.lower(s.elem, at: pos), try m.size(of: s.elem, at: pos))
    }

    /// A new backing array of `count` elements (a slice literal's, the
    /// `...` parameter's): makeslice, which cannot fail for these counts.
    func newArray(of elem: GoType, count: Int, at pos: Pos, _ label: String) throws -> LLValue {
        let (ft, f) = m.runtime(.makeslice)
        return b.call(ft, f, [try m.typeDescriptor(elem, at: pos), t.i64(count), t.i64(count)], label)
    }

    func makeSliceValue(_ ptr: LLValue, _ len: LLValue, _ cap: LLValue) -> LLValue {
        b.aggregate(t.slice, [ptr, len, cap])
    }

    /// make([]T, len[, cap]).
    func makeSlice(_ c: CallExpr, type: GoType) throws -> LLValue {
        let (elemType, _, _) = try elementType(of: type, at: c.pos)
        let len = try indexValue(c.args[1])
        let cap = c.args.count > 2 ? try indexValue(c.args[2]) : len
        let (ft, f) = m.runtime(.makeslice)
        let ptr = b.call(ft, f, [try m.typeDescriptor(elemType, at: c.pos), len, cap])
        return makeSliceValue(ptr, len, cap)
    }

    /// `s[i]`'s address for a slice s, with gc's bounds check.
    func sliceElementAddress(_ e: IndexExpr, _ type: GoType) throws -> VarSlot {
        let (elemType, elem, _) = try elementType(of: type, at: e.pos)
        let s = try expr(e.x)
        let i = try indexValue(e.index)
        try boundsCheck(i, len: b.extract(s, 1), index: e.index)
        return VarSlot(address: b.gep(elem, b.extract(s, 0), [i]), type: elem, goType: elemType)
    }

    /// `[]T{...}`: a new backing array holding the elements.
    func sliceLiteral(_ lit: CompositeLit, type: GoType) throws -> LLValue {
        let (elemType, elem, _) = try elementType(of: type, at: lit.pos)
        var count = 0, index = 0
        var elements: [(Int, Expr)] = []
        for el in lit.elements {
            var valueExpr = el
            if let kv = el as? KeyValueExpr {
                guard let k = info.value(of: kv.key) else { throw InternalError(pos: kv.pos, message: "non-constant slice index") }
                index = Int(Int64(bitPattern: k.int64Bits))
                valueExpr = kv.value
            }
            elements.append((index, valueExpr))
            index += 1
            count = max(count, index)
        }
        let ptr = try newArray(of: elemType, count: count, at: lit.pos, "slice.lit")
        for (i, e) in elements {
            let v: LLValue
            if let inner = e as? CompositeLit, inner.type == nil { v = try compositeLiteral(inner) } else {
                v = try expr(e, convertedTo: elemType)
            }
            try storeValue(v, of: elemType, to: b.gep(elem, ptr, [t.i64(i)]), at: lit.pos)
        }
        return makeSliceValue(ptr, t.i64(count), t.i64(count))
    }

    /// The pointer, length and capacity of a sliceable operand: a string, a
    /// slice, an addressable array or a pointer to an array.
    func sliceOperand(_ x: Expr, at pos: Pos) throws -> (ptr: LLValue, len: LLValue, cap: LLValue, elem: LLType, isString: Bool, isArray: Bool) {
        guard let xt = info.type(of: x) else { throw InternalError(pos: pos, message: "untyped slice operand") }
        switch xt.underlying {
        case let bt as Basic where bt.isString:
            let s = try expr(x)
            return (b.extract(s, 0), b.extract(s, 1), b.extract(s, 1), t.i8, true, false)
        case let s as Slice:
            let v = try expr(x)
            return (b.extract(v, 0), b.extract(v, 1), b.extract(v, 2), try m.lower(s.elem, at: pos), false, false)
        case let a as ArrayT:
            guard isAddressable(x) else { throw InternalError(pos: pos, message: "slice of unaddressable array") }
            let p = try heapAddress(try address(of: x).address, at: pos)
            return (p, t.i64(Int(a.len)), t.i64(Int(a.len)), try m.lower(a.elem, at: pos), false, true)
        case let p as Pointer:
            guard let a = p.elem.underlying as? ArrayT else { break }
            let ptr = try pointer(x)
            return (ptr, t.i64(Int(a.len)), t.i64(Int(a.len)), try m.lower(a.elem, at: pos), false, true)
        default: break
        }
        throw InternalError(pos: pos, message: "cannot slice \(xt)")
    }

    /// `x[low:high]` and `x[low:high:max]`, checked as gc checks them (max
    /// against cap, then high against max, then low against high).
    func sliceExpr(_ e: SliceExpr) throws -> LLValue {
        let op = try sliceOperand(e.x, at: e.pos)
        let low = try e.low.map { try indexValue($0) } ?? t.i64(0)
        let high = try e.high.map { try indexValue($0) } ?? op.len
        let max = try e.max.map { try indexValue($0) } ?? op.cap
        // gc reports a string's or an array's bound as its length, a slice's
        // as its capacity (ssagen's BoundsSliceAlen / BoundsSliceAcap).
        let byLength = op.isString || op.isArray
        if e.slice3 {
            checkSliceBound(max, op.cap, byLength ? .slice3Alen : .slice3Acap)
            checkSliceBound(high, max, .slice3B)
            checkSliceBound(low, high, .slice3C)
        } else {
            if e.high != nil { checkSliceBound(high, op.cap, byLength ? .alen : .acap) }
            checkSliceBound(low, high, .b)
        }
        let len = LLVMBuildSub(b.b, high, low, "")!
        if op.isString {
            // An empty result keeps the base pointer rather than one past the end.
            let ptr = b.select(b.icmp(LLVMIntEQ, len, t.i64(0)), op.ptr, b.gep(t.i8, op.ptr, [low]))
            return b.aggregate(t.string, [ptr, len])
        }
        let cap = LLVMBuildSub(b.b, max, low, "")!
        let ptr = b.select(b.icmp(LLVMIntEQ, cap, t.i64(0)), op.ptr, b.gep(op.elem, op.ptr, [low]))
        return makeSliceValue(ptr, len, cap)
    }

    /// Panics with gc's slice-bounds message unless 0 <= x <= y.
    func checkSliceBound(_ x: LLValue, _ y: LLValue, _ code: SliceBounds) {
        let fail = newBlock("slice.fail"), ok = newBlock("slice.ok")
        LLVMSetMetadata(b.condBrReturning(b.icmp(LLVMIntULE, x, y), ok, fail), LLVMGetMDKindIDInContext(m.context, "prof", 4), m.likelyWeights)
        b.position(at: fail)
        callRuntime(.panicSlice, [x, y, t.constInt(t.i8, code.rawValue)])
        b.unreachable()
        b.position(at: ok)
    }

    /// append(s, elems...) and append(s, t...) (spec: "Appending to and copying slices").
    func append(_ c: CallExpr, type: GoType) throws -> LLValue {
        let (elemType, elem, size) = try elementType(of: type, at: c.pos)
        var values: [LLValue] = []
        var spread: (ptr: LLValue, len: LLValue)?
        let s: LLValue
        if c.args.count == 1, let tuple = info.type(of: c.args[0]) as? Tuple {
            // append(f()): the call's results are the slice and the elements.
            let parts = try exprList(c.args, types: tuple.vars.map { _ in nil })
            s = parts[0]
            values = try zip(parts.dropFirst(), tuple.vars.dropFirst()).map {
                try convertImplicitly($0, from: $1.type, to: elemType, at: c.pos)
            }
        } else {
            s = try expr(c.args[0], convertedTo: type)
        }
        if c.args.count == 1 {
            // no elements besides the ones a multi-valued call gave
        } else if c.hasEllipsis {
            let op = try sliceOperand(c.args[1], at: c.pos)
            spread = (op.ptr, op.len)
        } else {
            values = try c.args.dropFirst().map { try expr($0, convertedTo: elemType) }
        }
        let oldPtr = b.extract(s, 0), oldLen = b.extract(s, 1), oldCap = b.extract(s, 2)
        let added = spread?.len ?? t.i64(values.count)
        let newLen = LLVMBuildAdd(b.b, oldLen, added, "")!
        // Grow when the new length exceeds the capacity (unsigned: an overflow
        // of the length reads as huge and grows, and growslice then panics).
        let from = b.currentBlock
        let grow = newBlock("append.grow"), done = newBlock("append.done")
        b.condBr(b.icmp(LLVMIntUGT, newLen, oldCap), grow, done)
        b.position(at: grow)
        let (ft, f) = m.runtime(.growslice)
        let grown = b.call(ft, f, [oldPtr, oldLen, oldCap, newLen, try m.typeDescriptor(elemType, at: c.pos)])
        let grownPtr = b.extract(grown, 0), grownCap = b.extract(grown, 1)
        let grownBlock = b.currentBlock
        b.br(done)
        b.position(at: done)
        let ptr = b.phi(t.heapPtr, [(oldPtr, from), (grownPtr, grownBlock)])
        let cap = b.phi(t.i64, [(oldCap, from), (grownCap, grownBlock)])
        if let spread {
            memmove(b.gep(elem, ptr, [oldLen]), spread.ptr, LLVMBuildMul(b.b, spread.len, t.i64(size), "")!)
        } else {
            for (i, v) in values.enumerated() {
                try storeValue(v, of: elemType, to: b.gep(elem, ptr, [LLVMBuildAdd(b.b, oldLen, t.i64(i), "")]), at: c.pos)
            }
        }
        return makeSliceValue(ptr, newLen, cap)
    }

    /// copy(dst, src): min(len(dst), len(src)) elements, overlapping allowed.
    func copySlice(_ c: CallExpr) throws -> LLValue {
        // copy(f()) spreads a call of two results (spec: "Calls"): a slice,
        // and a slice or a string.
        if c.args.count == 1, let tuple = info.type(of: c.args[0]) as? Tuple, tuple.count == 2 {
            let (_, _, size) = try elementType(of: tuple[0], at: c.pos)
            let values = try exprList(c.args, types: [tuple[0], tuple[1]])
            let (dst, src) = (values[0], values[1])
            let n = b.select(b.icmp(LLVMIntSLT, b.extract(dst, 1), b.extract(src, 1)), b.extract(dst, 1), b.extract(src, 1))
            memmove(b.extract(dst, 0), b.extract(src, 0), LLVMBuildMul(b.b, n, t.i64(size), "")!)
            return n
        }
        guard let dt = info.type(of: c.args[0]) else { throw InternalError(pos: c.pos, message: "untyped copy") }
        let (_, _, size) = try elementType(of: dt, at: c.pos)
        let dst = try sliceOperand(c.args[0], at: c.pos)
        let src = try sliceOperand(c.args[1], at: c.pos)
        let n = b.select(b.icmp(LLVMIntSLT, dst.len, src.len), dst.len, src.len)
        memmove(dst.ptr, src.ptr, LLVMBuildMul(b.b, n, t.i64(size), "")!)
        return n
    }

    func memmove(_ dst: LLValue, _ src: LLValue, _ bytes: LLValue) {
        LLVMBuildMemMove(b.b, dst, 1, src, 1, bytes)
    }

    /// Conversions between strings and byte or rune slices (spec: "Conversions
    /// to and from a string type"); nil for other conversions.
    func stringSliceConversion(_ v: LLValue, from: GoType, to target: GoType) throws -> LLValue? {
        if isString(target), let s = from.underlying as? Slice, let eb = s.elem.underlying as? Basic {
            switch eb.kind {
            case .uint8:
                let (ft, f) = m.runtime(.slicebytetostring)
                return b.call(ft, f, [b.extract(v, 0), b.extract(v, 1)])
            case .int32:
                let (ft, f) = m.runtime(.slicerunetostring)
                return b.call(ft, f, [b.extract(v, 0), b.extract(v, 1)])
            default: return nil
            }
        }
        if isString(from), let s = target.underlying as? Slice, let eb = s.elem.underlying as? Basic {
            switch eb.kind {
            case .uint8:
                let (ft, f) = m.runtime(.stringtoslicebyte)
                let n = b.extract(v, 1)
                let r = b.call(ft, f, [b.extract(v, 0), n])
                // gc gives a constant string's bytes exactly their length as capacity.
                let cap = LLVMIsConstant(v) != 0 ? n : b.extract(r, 1)
                return makeSliceValue(b.extract(r, 0), n, cap)
            case .int32:
                let (ft, f) = m.runtime(.stringtoslicerune)
                let r = b.call(ft, f, [b.extract(v, 0), b.extract(v, 1)])
                // gc's rawruneslice: the capacity fills the allocation's size
                // class; a constant string's runes get exactly their count
                // (gc builds them as a composite literal).
                let count = b.extract(r, 1)
                if LLVMIsConstant(v) != 0 { return makeSliceValue(b.extract(r, 0), count, count) }
                let (rt, rf) = m.runtime(.roundupsize)
                let bytes = b.call(rt, rf, [LLVMBuildMul(b.b, count, t.i64(4), "")!])
                return makeSliceValue(b.extract(r, 0), count, LLVMBuildUDiv(b.b, bytes, t.i64(4), "")!)
            default: return nil
            }
        }
        return nil
    }

    /// The arguments of a call of `sig`: a variadic function's extra arguments
    /// become a slice of its ...T parameter's type (nil if there are none), and
    /// `f(s...)` passes s itself (spec: "Passing arguments to ... parameters").
    func callArguments(_ c: CallExpr, _ sig: Signature) throws -> [LLValue] {
        let params = sig.params.vars.map { $0.type as GoType? }
        guard sig.isVariadic, !c.hasEllipsis, let last = sig.params.vars.last else {
            return try exprList(c.args, types: params)
        }
        let fixed = sig.params.count - 1
        let (elemType, elem, _) = try elementType(of: last.type, at: c.pos)
        // The operands converted to their parameters' types: `f(g())` spreads
        // g's results over the parameters, the variadic ones included.
        let operands: [LLValue]
        if c.args.count == 1, let tuple = info.type(of: c.args[0]) as? Tuple {
            operands = try exprList(c.args, types: (0..<tuple.count).map { $0 < fixed ? params[$0] : elemType })
        } else {
            operands = try c.args.enumerated().map { i, a in try expr(a, convertedTo: i < fixed ? params[i] : elemType) }
        }
        var values = Array(operands.prefix(fixed))
        let extra = Array(operands.dropFirst(fixed))
        if extra.isEmpty {
            values.append(t.null(t.slice))
        } else {
            let ptr = try newArray(of: elemType, count: extra.count, at: c.pos, "varargs")
            for (i, v) in extra.enumerated() {
                try storeValue(v, of: elemType, to: b.gep(elem, ptr, [t.i64(i)]), at: c.pos)
            }
            values.append(makeSliceValue(ptr, t.i64(extra.count), t.i64(extra.count)))
        }
        return values
    }
}
