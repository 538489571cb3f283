import CLLVM
import GoSyntax
import GoTypes

// Conversions (spec: "Conversions") and the implicit conversion of a value to
// an interface type on assignment (spec: "Assignability").

/// `interface{}`, the parameter type of `panic`.
let emptyInterface = Interface(methods: [], embedded: [])

extension FunctionGenerator {
    /// `T(x)` written in the source (the call `site`).
    func conversion(_ arg: Expr, to target: GoType, at pos: Pos, site: CallExpr? = nil) throws -> LLValue {
        guard let from = info.type(of: arg) else { throw InternalError(pos: pos, message: "untyped conversion operand") }
        let v = try expr(arg)
        // string(rune) whose string cannot outlive its block: its bytes in
        // the frame (gc's intstring with a stack buffer).
        if let site, isInteger(from), isString(target), !m.addressEscape.allocationEscapes(site) {
            m.reportEscape(at: site.pos, "string(\(typeString(from, qualified: false))) does not escape")
            let buffer = alloca(LLVMArrayType2(t.i8, 4), "runes")
            let (ft, f) = m.runtime(.intstring)
            return b.call(ft, f, [LLVMBuildAddrSpaceCast(b.b, buffer, t.heapPtr, "")!, widenToInt64(v, signed: !isUnsigned(from))])
        }
        return try convert(v, from: from, to: target, at: pos)
    }

    func convertImplicitly(_ v: LLValue, from: GoType, to target: GoType, at pos: Pos) throws -> LLValue {
        guard isInterface(target) else { return v }
        if isInterface(from) { return try convertInterface(v, from: from, to: target, at: pos) }
        return try m.makeInterface(v, type: from, to: target, at: pos)
    }

    func convert(_ v: LLValue, from: GoType, to target: GoType, at pos: Pos) throws -> LLValue {
        if identical(from.underlying, target.underlying) { return v }
        if let nb = from.underlying as? Basic, nb.kind == .untypedNil { return t.null(try m.lower(target, at: pos)) }
        if isInterface(target) { return try convertImplicitly(v, from: from, to: target, at: pos) }
        let dst = try m.lower(target, at: pos)
        // unsafe.Pointer (spec: "Package unsafe"): any pointer converts to it
        // and back unchanged; uintptr to and from it as the address.
        let fromUnsafe = (from.underlying as? Basic)?.kind == .unsafePointer
        let toUnsafe = (target.underlying as? Basic)?.kind == .unsafePointer
        if (fromUnsafe && target.underlying is Pointer) || (toUnsafe && from.underlying is Pointer) { return v }
        if fromUnsafe && isInteger(target) { return LLVMBuildPtrToInt(b.b, v, dst, "")! }
        if toUnsafe && isInteger(from) { return LLVMBuildIntToPtr(b.b, v, dst, "")! }
        if isInteger(from) && isInteger(target) {
            let fw = LLVMGetIntTypeWidth(LLVMTypeOf(v)), tw = LLVMGetIntTypeWidth(dst)
            if fw == tw { return v }
            if fw > tw { return LLVMBuildTrunc(b.b, v, dst, "") }
            return isUnsigned(from) ? LLVMBuildZExt(b.b, v, dst, "") : LLVMBuildSExt(b.b, v, dst, "")
        }
        if isInteger(from) && isFloat(target) {
            return isUnsigned(from) ? LLVMBuildUIToFP(b.b, v, dst, "") : LLVMBuildSIToFP(b.b, v, dst, "")
        }
        if isFloat(from) && isInteger(target) {
            return floatToInteger(v, to: dst, unsigned: isUnsigned(target))
        }
        if isComplex(from) && isComplex(target) { return try convertComplex(v, to: target, at: pos) }
        if isFloat(from) && isFloat(target) {
            if LLVMTypeOf(v) == dst { return v }
            return dst == t.f64 ? LLVMBuildFPExt(b.b, v, dst, "") : LLVMBuildFPTrunc(b.b, v, dst, "")
        }
        if isInteger(from) && isString(target) {
            // string(rune): the UTF-8 encoding, "\uFFFD" for invalid code points.
            let (ft, f) = m.runtime(.intstring)
            return b.call(ft, f, [t.null(t.heapPtr), widenToInt64(v, signed: !isUnsigned(from))])
        }
        if isString(from) && isString(target) { return v }
        if let converted = try stringSliceConversion(v, from: from, to: target) { return converted }
        if from.underlying is Pointer && target.underlying is Pointer { return v }
        // A bidirectional channel converted to a directional one.
        if from.underlying is Chan && target.underlying is Chan { return v }
        // Types identical but for struct tags (spec: "Conversions") share
        // their representation.
        if sameComposite(from.underlying, target.underlying) { return v }
        if from.underlying is Slice, let p = target.underlying as? Pointer, let a = p.elem.underlying as? ArrayT {
            // (*[N]T)(s) (spec: "Converting a slice to an array pointer"):
            // s's array, which must hold N elements; nil for a nil slice.
            let n = t.i64(Int(a.len))
            let fail = newBlock("convert.fail"), ok = newBlock("convert.ok")
            b.condBr(b.icmp(LLVMIntULE, n, b.extract(v, 1)), ok, fail)
            b.position(at: fail)
            callRuntime(.panicSlice, [n, b.extract(v, 1), t.constInt(t.i8, SliceBounds.convert.rawValue)])
            b.unreachable()
            b.position(at: ok)
            return b.extract(v, 0)
        }
        throw Unsupported(pos, "conversion from \(from) to \(target)")
    }
}

/// Both slices, both arrays or both structs: a conversion between them is
/// legal only if they are identical ignoring struct tags.
func sameComposite(_ a: GoType, _ b: GoType) -> Bool {
    switch (a, b) {
    case (is Slice, is Slice), (is ArrayT, is ArrayT), (is Struct, is Struct): return true
    default: return false
    }
}

// Floating-point to integer conversions. The spec leaves the result of an
// out-of-range (or NaN) conversion to the implementation; Go programs see
// what gc's amd64 code gives (cmd/compile/internal/ssagen/ssa.go
// fpConvOpToSSA and floatToUint), and LLVM's fptosi/fptoui would give
// poison, which constant folding turns into garbage. So golly computes gc's
// sequence: CVTTSD2SQ or CVTTSD2SL (truncation, or the "integer indefinite"
// minimum for NaN and out-of-range values), widest first for the types gc
// converts through a wider one.

extension FunctionGenerator {
    /// A float32 or float64 converted to the integer type `dst`, as gc does
    /// on amd64.
    func floatToInteger(_ v: LLValue, to dst: LLType, unsigned: Bool) -> LLValue {
        // float32 widens exactly; CVTTSS2SI of it equals CVTTSD2SI of the double.
        let x = LLVMTypeOf(v) == t.f64 ? v : LLVMBuildFPExt(b.b, v, t.f64, "")!
        let width = LLVMGetIntTypeWidth(dst)
        if unsigned && width == 64 {
            // floatToUint: x < 2^63 ? int64(x) : int64(x - 2^63) | -2^63.
            let cutoff = LLVMConstReal(t.f64, 9223372036854775808.0)!
            let small = LLVMBuildFCmp(b.b, LLVMRealOLT, x, cutoff, "")!
            let high = LLVMBuildOr(b.b, truncatingInt64(LLVMBuildFSub(b.b, x, cutoff, "")!), t.i64(Int.min), "")!
            return b.select(small, truncatingInt64(x), high)
        }
        // int64 directly; uint32 through int64 ("go wide to dodge
        // unsigned"); int32 and anything narrower through int32.
        let wide = width == 64 || (unsigned && width == 32)
        let r = wide ? truncatingInt64(x) : truncatingInt32(x)
        return width == (wide ? 64 : 32) ? r : LLVMBuildTrunc(b.b, r, dst, "")
    }

    /// CVTTSD2SQ: the truncated value where it fits, else INT64_MIN.
    private func truncatingInt64(_ x: LLValue) -> LLValue {
        truncating(x, to: t.i64, above: -9223372036854775809.0, below: 9223372036854775808.0, indefinite: t.i64(Int.min))
    }

    /// CVTTSD2SL: the truncated value where it fits, else INT32_MIN.
    private func truncatingInt32(_ x: LLValue) -> LLValue {
        truncating(x, to: t.i32, above: -2147483649.0, below: 2147483648.0, indefinite: t.i32(Int(Int32.min)))
    }

    /// fptosi where its result is defined (lo < x < hi, false for NaN), else
    /// `indefinite`; select never lets the unselected poison through.
    private func truncating(_ x: LLValue, to type: LLType, above lo: Double, below hi: Double, indefinite: LLValue) -> LLValue {
        let aboveLow = LLVMBuildFCmp(b.b, LLVMRealOGT, x, LLVMConstReal(t.f64, lo)!, "")!
        let belowHigh = LLVMBuildFCmp(b.b, LLVMRealOLT, x, LLVMConstReal(t.f64, hi)!, "")!
        let converted = LLVMBuildFPToSI(b.b, x, type, "")!
        return b.select(b.and(aboveLow, belowHigh), converted, indefinite)
    }
}
