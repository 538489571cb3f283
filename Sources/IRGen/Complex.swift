import CLLVM
import GoSyntax
import GoTypes

// Complex numbers (spec: "Numeric types", "Arithmetic operators",
// "Manipulating complex numbers"). complex64 is `{ float, float }` and
// complex128 `{ double, double }`, real part first, as gc lays them out.
// + - * are computed part by part, as gc's SSA does (no fused operations;
// complex64 products in float64);
// / calls the runtime's complex128div (gc's runtime/complex.go: Smith's
// algorithm with C99's infinity and zero fix-ups), complex64 widened to
// complex128 and back, as gc does.

extension ModuleGenerator {
    /// The LLVM type of a complex type of the given part width.
    func complexType(_ part: LLType) -> LLType { t.structType([part, part]) }

    func complexConstant(_ c: Constant, kind: BasicKind) -> LLValue {
        if kind == .complex64 {
            let (re, im) = c.complex64Value
            return t.constStruct(complexType(t.f32), [LLVMConstReal(t.f32, Double(re)), LLVMConstReal(t.f32, Double(im))])
        }
        let (re, im) = c.complexValue
        return t.constStruct(complexType(t.f64), [LLVMConstReal(t.f64, re), LLVMConstReal(t.f64, im)])
    }
}

extension FunctionGenerator {
    func makeComplex(_ re: LLValue, _ im: LLValue) -> LLValue {
        b.aggregate(m.complexType(LLVMTypeOf(re)), [re, im])
    }

    /// A complex64 part as a double (complex128 parts as they are).
    func widened(_ part: LLValue) -> LLValue {
        LLVMTypeOf(part) == t.f64 ? part : LLVMBuildFPExt(b.b, part, t.f64, "")!
    }

    /// `x op y` for + - * / on complex values of one type.
    func complexArithmetic(_ op: Token, _ x: LLValue, _ y: LLValue, at pos: Pos) throws -> LLValue {
        let (a, bi) = (b.extract(x, 0), b.extract(x, 1))
        let (c, d) = (b.extract(y, 0), b.extract(y, 1))
        switch op {
        case .add: return makeComplex(LLVMBuildFAdd(b.b, a, c, "")!, LLVMBuildFAdd(b.b, bi, d, "")!)
        case .sub: return makeComplex(LLVMBuildFSub(b.b, a, c, "")!, LLVMBuildFSub(b.b, bi, d, "")!)
        case .mul:
            // (a+bi)(c+di) = (ac-bd) + (ad+bc)i, complex64 in float64 and
            // rounded once (gc's ssagen: "Compute in Float64 to minimize
            // cancellation error").
            let part = LLVMTypeOf(a)!
            let (wa, wb, wc, wd) = (widened(a), widened(bi), widened(c), widened(d))
            var re = LLVMBuildFSub(b.b, LLVMBuildFMul(b.b, wa, wc, ""), LLVMBuildFMul(b.b, wb, wd, ""), "")!
            var im = LLVMBuildFAdd(b.b, LLVMBuildFMul(b.b, wa, wd, ""), LLVMBuildFMul(b.b, wb, wc, ""), "")!
            if part != t.f64 {
                re = LLVMBuildFPTrunc(b.b, re, part, "")!
                im = LLVMBuildFPTrunc(b.b, im, part, "")!
            }
            return makeComplex(re, im)
        case .quo:
            let part = LLVMTypeOf(a)!
            let (ft, f) = m.runtime(.complex128div)
            let q = b.call(ft, f, [widened(a), widened(bi), widened(c), widened(d)])
            if part == t.f64 { return q }
            return makeComplex(LLVMBuildFPTrunc(b.b, b.extract(q, 0), part, "")!, LLVMBuildFPTrunc(b.b, b.extract(q, 1), part, "")!)
        default:
            throw InternalError(pos: pos, message: "bad complex operator \(op)")
        }
    }

    /// == and != compare both parts as floats (a NaN part is unequal).
    func complexCompare(_ op: Token, _ x: LLValue, _ y: LLValue) -> LLValue {
        let pred = op == .eql ? LLVMRealOEQ : LLVMRealUNE
        let re = b.fcmp(pred, b.extract(x, 0), b.extract(y, 0))
        let im = b.fcmp(pred, b.extract(x, 1), b.extract(y, 1))
        return op == .eql ? b.and(re, im) : LLVMBuildOr(b.b, re, im, "")!
    }

    func complexNegate(_ x: LLValue) -> LLValue {
        makeComplex(LLVMBuildFNeg(b.b, b.extract(x, 0), "")!, LLVMBuildFNeg(b.b, b.extract(x, 1), "")!)
    }

    /// A conversion between complex64 and complex128: each part converted.
    func convertComplex(_ v: LLValue, to target: GoType, at pos: Pos) throws -> LLValue {
        let dst = try m.lower(target, at: pos)
        if LLVMTypeOf(v) == dst { return v }
        let part = LLVMStructGetTypeAtIndex(dst, 0)!
        let re = b.extract(v, 0), im = b.extract(v, 1)
        if part == t.f64 { return makeComplex(LLVMBuildFPExt(b.b, re, part, "")!, LLVMBuildFPExt(b.b, im, part, "")!) }
        return makeComplex(LLVMBuildFPTrunc(b.b, re, part, "")!, LLVMBuildFPTrunc(b.b, im, part, "")!)
    }

    /// real(c), imag(c) and complex(re, im) (spec: "Manipulating complex numbers").
    func complexBuiltin(_ id: BuiltinID, _ c: CallExpr) throws -> LLValue {
        guard let resultType = info.type(of: c) else { throw InternalError(pos: c.pos, message: "untyped \(id.rawValue)") }
        if id == .complex {
            let part: GoType = (resultType.underlying as? Basic)?.kind == .complex64 ? Universe.basic(.float32) : Universe.basic(.float64)
            // complex(f()) spreads a call of two results (spec: "Calls").
            let parts = try exprList(c.args, types: [part, part])
            guard parts.count == 2 else { throw InternalError(pos: c.pos, message: "complex without two parts") }
            return makeComplex(parts[0], parts[1])
        }
        let v = try expr(c.args[0])
        return b.extract(v, id == .real ? 0 : 1)
    }

    /// print(c): gc's printcomplex of the value widened to complex128.
    func printComplex(_ v: LLValue) {
        callRuntime(.printcomplex, [widened(b.extract(v, 0)), widened(b.extract(v, 1))])
    }
}
