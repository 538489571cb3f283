import CLLVM
import GoSyntax
import GoTypes

// Expressions (spec: "Expressions").

extension FunctionGenerator {
    func typeAndValue(_ e: Expr) throws -> TypeAndValue {
        guard let tv = info.types[e.id] else { throw InternalError(pos: e.pos, message: "expression has no type") }
        return tv
    }

    /// The value of `e`, then implicitly converted to `target` (assignability:
    /// a concrete value assigned to an interface becomes an interface value).
    func expr(_ e: Expr, convertedTo target: GoType?) throws -> LLValue {
        if let target, isInterface(target), let from = info.type(of: e), isLarge(from, at: e.pos), isAddressable(e) {
            return try boxLarge(e, from, to: target)
        }
        let v = try expr(e)
        guard let target = target, let from = info.type(of: e) else { return v }
        return try convertImplicitly(v, from: from, to: target, at: e.pos)
    }

    func expr(_ e: Expr) throws -> LLValue {
        let tv = try typeAndValue(e)
        if let c = tv.value { return try m.constant(c, type: tv.type, at: e.pos) }
        switch e {
        case let p as ParenExpr: return try expr(p.x)
        case let id as Ident: return try ident(id, type: tv.type)
        case let sel as SelectorExpr where qualifiedIdent(sel) != nil: return try ident(sel.sel, type: tv.type)
        case let u as UnaryExpr: return try unary(u, type: tv.type)
        case let bin as BinaryExpr: return try binary(bin, type: tv.type)
        case let c as CallExpr:
            guard let v = try call(c) else { throw InternalError(pos: e.pos, message: "call without value used as value") }
            return v
        case let lit as FuncLit: return try closure(lit)
        case let ix as IndexExpr: return try index(ix)
        case let sel as SelectorExpr:
            if let selection = info.selections[sel.id], selection.kind == .fieldVal {
                return try fieldValue(sel, selection)
            }
            if let selection = info.selections[sel.id], let method = selection.obj as? Func {
                switch selection.kind {
                case .methodVal where selection.isInterfaceMethod:
                    return try interfaceMethodValue(sel, selection, method)
                case .methodVal: return try methodValue(sel, method)
                case .methodExpr where selection.isInterfaceMethod && selection.recv.underlying is Interface:
                    guard let iface = selection.recv.underlying as? Interface else {
                        throw InternalError(pos: sel.pos, message: "method expression of a non-interface")
                    }
                    let fn = try m.interfaceMethodWrapper(iface, method, bound: false, at: sel.pos)
                    return m.constantClosure(fn, name: m.typeSymbol(iface) + "." + method.name + "·f")
                case .methodExpr:
                    return try m.methodExpression(selection.recv, method, at: sel.pos)
                case .fieldVal: break
                }
            }
            throw Unsupported(e.pos, "struct fields")
        case let s as StarExpr: return try deref(s)

        case let lit as CompositeLit: return try compositeLiteral(lit)
        case let s as SliceExpr: return try sliceExpr(s)
        case let ta as TypeAssertExpr: return try typeAssert(ta, commaOk: false)
        default: throw InternalError(pos: e.pos, message: "unexpected expression \(type(of: e))")
        }
    }

    /// Evaluates a list of expressions left to right; a single multi-valued call
    /// is spread. Each value is converted to the matching entry of `types`.
    func exprList(_ es: [Expr], types: [GoType?]) throws -> [LLValue] {
        if es.count == 1, types.count == 2, let ix = unparen(es[0]) as? IndexExpr,
           let xt = info.type(of: ix.x), xt.underlying is MapT, let mt = xt.underlying as? MapT {
            let pair = try mapIndexCommaOk(ix, type: xt)
            let v = b.extract(pair, 0)
            let converted = try types[0].map { try convertImplicitly(v, from: mt.elem, to: $0, at: ix.pos) } ?? v
            return [converted, try commaOkFlag(b.extract(pair, 1), to: types[1], at: ix.pos)]
        }
        if es.count == 1, types.count == 2, let ta = unparen(es[0]) as? TypeAssertExpr {
            let pair = try typeAssert(ta, commaOk: true)
            let v = b.extract(pair, 0)
            let asserted = ta.type.flatMap { info.types[$0.id]?.type }
            let converted = try types[0].map { try convertImplicitly(v, from: asserted ?? $0, to: $0, at: ta.pos) } ?? v
            return [converted, try commaOkFlag(b.extract(pair, 1), to: types[1], at: ta.pos)]
        }
        if es.count == 1, types.count == 2, let u = unparen(es[0]) as? UnaryExpr, u.op == .arrow,
           let ct = info.type(of: u.x), let elem = (ct.underlying as? Chan)?.elem {
            let pair = try receiveCommaOk(u)
            let v = b.extract(pair, 0)
            let converted = try types[0].map { try convertImplicitly(v, from: elem, to: $0, at: u.pos) } ?? v
            return [converted, try commaOkFlag(b.extract(pair, 1), to: types[1], at: u.pos)]
        }
        if es.count == 1, types.count > 1, let tuple = info.type(of: es[0]) as? Tuple {
            guard let c = es[0] as? CallExpr, let agg = try call(c) else {
                throw Unsupported(es[0].pos, "multi-valued expressions other than calls")
            }
            var out: [LLValue] = []
            for i in 0..<tuple.count {
                let v = b.extract(agg, i)
                if let target = types[i] {
                    out.append(try convertImplicitly(v, from: tuple[i], to: target, at: es[0].pos))
                } else {
                    out.append(v)
                }
            }
            return out
        }
        return try es.enumerated().map { i, e in try expr(e, convertedTo: i < types.count ? types[i] : nil) }
    }

    /// `pkg.X` names X of an imported package (spec: "Qualified
    /// identifiers"): the identifier X, which the checker resolved.
    func qualifiedIdent(_ e: Expr) -> Ident? {
        guard let sel = e as? SelectorExpr, let pkg = sel.x as? Ident, info.object(of: pkg) is PkgName,
              info.object(of: sel.sel) != nil else { return nil }
        return sel.sel
    }

    /// An identifier, or a qualified identifier's.
    func identifier(_ e: Expr) -> Ident? { (e as? Ident) ?? qualifiedIdent(e) }

    func ident(_ id: Ident, type: GoType) throws -> LLValue {
        switch info.object(of: id) {
        case let v as Var:
            let s = try slot(of: v, at: id.pos)
            return try load(s, id.name)
        case let f as Func:
            return try m.funcValue(f, at: id.pos)
        case is Nil:
            return t.null(try m.lower(type, at: id.pos))
        default:
            throw InternalError(pos: id.pos, message: "unexpected use of \(id.name)")
        }
    }

    /// `s[i]` for strings: a byte, with gc's bounds check.
    func index(_ e: IndexExpr) throws -> LLValue {
        if let xt = info.type(of: e.x), xt.underlying is MapT { return try mapIndex(e, type: xt) }
        if let slot = try elementAddress(e) { return try load(slot) }
        guard let xt = info.type(of: e.x), isString(xt) else { throw Unsupported(e.pos, "indexing of this type") }
        let s = try expr(e.x)
        let i = try indexValue(e.index)
        let len = b.extract(s, 1)
        try boundsCheck(i, len: len, index: e.index)
        let p = b.gep(t.i8, b.extract(s, 0), [i])
        return b.load(t.i8, p)
    }

    /// An index operand widened to int (spec: "Index expressions": any integer type).
    func indexValue(_ e: Expr) throws -> LLValue {
        let v = try expr(e)
        guard let ty = info.type(of: e) else { throw InternalError(pos: e.pos, message: "untyped index") }
        return widenToInt64(v, signed: !isUnsigned(ty))
    }

    func widenToInt64(_ v: LLValue, signed: Bool) -> LLValue {
        let width = LLVMGetIntTypeWidth(LLVMTypeOf(v))
        if width == 64 { return v }
        return signed ? LLVMBuildSExt(b.b, v, t.i64, "") : LLVMBuildZExt(b.b, v, t.i64, "")
    }

    /// Panics with gc's `index out of range [i] with length n` unless 0 <= i < n.
    /// An unsigned index is reported as unsigned (gc's goPanicIndexU).
    func boundsCheck(_ i: LLValue, len: LLValue, index: Expr) throws {
        let ok = b.icmp(LLVMIntULT, i, len)
        let fail = newBlock("index.fail"), cont = newBlock("index.ok")
        LLVMSetMetadata(b.condBrReturning(ok, cont, fail), LLVMGetMDKindIDInContext(m.context, "prof", 4), m.likelyWeights)
        b.position(at: fail)
        let (ft, f) = m.runtime(info.type(of: index).map(isUnsigned) ?? false ? .panicIndexU : .panicIndex)
        _ = b.call(ft, f, [i, len])
        b.unreachable()
        b.position(at: cont)
    }

    /// Calls a no-argument runtime panic when `failed` holds.
    func panicIf(_ failed: LLValue, _ f: RuntimeFunction) {
        let fail = newBlock("panic"), cont = newBlock("cont")
        LLVMSetMetadata(b.condBrReturning(failed, fail, cont), LLVMGetMDKindIDInContext(m.context, "prof", 4), m.unlikelyWeights)
        b.position(at: fail)
        let (ft, fn) = m.runtime(f)
        _ = b.call(ft, fn, [])
        b.unreachable()
        b.position(at: cont)
    }
}

extension Builder {
    func condBrReturning(_ c: LLValue, _ then: LLBlock, _ els: LLBlock) -> LLValue {
        LLVMBuildCondBr(b, c, then, els)
    }
}

extension FunctionGenerator {
    /// The `ok` of a comma-ok form, converted to its target's type (an
    /// untyped bool assigned to an interface variable becomes bool in it).
    func commaOkFlag(_ ok: LLValue, to target: GoType?, at pos: Pos) throws -> LLValue {
        guard let target else { return ok }
        return try convertImplicitly(ok, from: Universe.basic(.bool), to: target, at: pos)
    }
}
