import BigInt
import GoSyntax

// Expressions (spec: "Expressions"; types2 expr.go).

extension Checker {
    /// A single value.
    func expr(_ x: inout Operand, _ e: Expr) {
        rawExpr(&x, e, hint: nil)
        exclude(&x, [.novalue, .builtin, .typexpr])
        singleValue(&x)
    }

    /// Possibly a multi-value (a call's tuple).
    func multiExpr(_ x: inout Operand, _ e: Expr) {
        rawExpr(&x, e, hint: nil)
        exclude(&x, [.novalue, .builtin, .typexpr])
    }

    func exprWithHint(_ x: inout Operand, _ e: Expr, _ hint: GoType) {
        rawExpr(&x, e, hint: hint)
        exclude(&x, [.novalue, .builtin, .typexpr])
        singleValue(&x)
    }

    func exprOrType(_ x: inout Operand, _ e: Expr) {
        rawExpr(&x, e, hint: nil)
        exclude(&x, [.novalue])
        singleValue(&x)
    }

    func exclude(_ x: inout Operand, _ modes: Set<OperandMode>) {
        guard modes.contains(x.mode) else { return }
        let msg: String
        switch x.mode {
        case .novalue: msg = modes.contains(.typexpr) ? "\(describe(x)) used as value" : "\(describe(x)) used as value or type"
        case .builtin: msg = "\(describe(x)) must be called"
        case .typexpr: msg = "\(describe(x)) is not an expression"
        default: return
        }
        error(x, msg)
        x.mode = .invalid
    }

    func singleValue(_ x: inout Operand) {
        if x.mode == .value, x.type is Tuple {
            error(x, "multiple-value \(describe(x)) in single-value context")
            x.mode = .invalid
        }
    }

    func rawExpr(_ x: inout Operand, _ e: Expr, hint: GoType?) {
        typeDepth += 1
        defer { typeDepth -= 1 }
        if typeDepth > 10000 {
            error(e, "expression nesting too deep")
            x = Operand(mode: .invalid, expr: e)
            return
        }
        exprInternal(&x, e, hint: hint)
        record(x)
    }

    private func exprInternal(_ x: inout Operand, _ e: Expr, hint: GoType?) {
        x = Operand(mode: .invalid, expr: e, type: Universe.invalid)
        switch e {
        case is BadExpr:
            return
        case let id as Ident:
            ident(&x, id, wantType: false)
        case let el as Ellipsis:
            error(el, "invalid use of '...'")
        case let lit as BasicLit:
            if lit.kind != .string && lit.kind != .char && lit.value.count > 10000 {
                error(lit, "excessively long constant: \(lit.value.prefix(10))... (\(lit.value.count) chars)")
                return
            }
            guard let v = Constant.literal(lit.kind, lit.value) else {
                error(lit, "malformed constant: \(lit.value)")
                return
            }
            let k: BasicKind
            switch lit.kind {
            case .int: k = .untypedInt
            case .float: k = .untypedFloat
            case .imag: k = .untypedComplex
            case .char: k = .untypedRune
            case .string: k = .untypedString
            }
            x.mode = .constant; x.type = Universe.basic(k); x.val = v
        case let f as FuncLit:
            funcLit(&x, f)
        case let c as CompositeLit:
            compositeLit(&x, c, hint: hint)
        case let p as ParenExpr:
            rawExpr(&x, p.x, hint: nil)
            x.expr = e
        case let s as SelectorExpr:
            selector(&x, s, wantType: false)
        case let i as IndexExpr:
            indexExpr(&x, i)
        case let s as SliceExpr:
            sliceExpr(&x, s)
        case let a as TypeAssertExpr:
            expr(&x, a.x)
            if x.mode == .invalid { return }
            guard let te = a.type else {
                error(a, "invalid syntax tree: use of .(type) outside type switch")
                x.mode = .invalid
                return
            }
            guard x.type.underlying is Interface else {
                error(x, "invalid operation: \(describe(x)) is not an interface")
                x.mode = .invalid
                return
            }
            let t = varType(te)
            if t === Universe.invalid { x.mode = .invalid; return }
            typeAssertion(a, x, t, typeSwitch: false)
            x.mode = .commaok
            x.type = t
        case let c as CallExpr:
            callExpr(&x, c)
        case let s as StarExpr:
            exprOrType(&x, s.x)
            switch x.mode {
            case .invalid: return
            case .typexpr:
                x.type = Pointer(x.type)
            default:
                guard let p = x.type.underlying as? Pointer else {
                    error(x, "invalid operation: cannot indirect \(describe(x))")
                    x.mode = .invalid
                    return
                }
                x.mode = .variable
                x.type = p.elem
            }
        case let u as UnaryExpr:
            unary(&x, u)
        case let b as BinaryExpr:
            binary(&x, b, b.x, b.y, b.op)
        case let kv as KeyValueExpr:
            error(kv, "invalid syntax tree: no key:value expected")
        case is ArrayType, is StructType, is FuncType, is InterfaceType, is MapType, is ChanType:
            x.mode = .typexpr
            x.type = typ(e)
        default:
            error(e, "invalid syntax tree: unexpected expression")
        }
        if x.mode == .invalid { x.type = Universe.invalid }
        if x.mode != .constant { x.val = nil }
        x.expr = e
    }

    // MARK: Identifiers

    func ident(_ x: inout Operand, _ e: Ident, wantType: Bool) {
        x = Operand(mode: .invalid, expr: e, type: Universe.invalid)
        guard let (sc, obj) = scope.lookupParent(e.name) else {
            if e.name == "_" { error(e, "cannot use _ as value") }
            else { error(e, "undefined: \(e.name)") }
            return
        }
        recordUse(e, obj)
        markDotImportUse(sc, obj)
        if rejectsGenericUse(obj, e) { return }
        if obj.type == nil || (obj is TypeName && wantType) {
            if objDecls[ObjectIdentifier(obj)] != nil { objDecl(obj) }
            if obj.type == nil { obj.type = Universe.invalid }
        }
        let t: GoType = obj.type
        switch obj {
        case let p as PkgName:
            error(e, "use of package \(p.name) not in selector")
            return
        case let c as Const:
            addDeclDep(c)
            if t === Universe.invalid { return }
            if c.name == "iota" && sc === Universe.scope {
                guard let i = iota else {
                    error(e, "cannot use iota outside constant declaration")
                    return
                }
                x.val = i
            } else {
                x.val = c.value
            }
            x.mode = .constant
        case is TypeName:
            x.mode = .typexpr
        case let v as Var:
            if v.pkgPath == pkgPath { v.isUsed = true }
            addDeclDep(v)
            noteCapture(v)
            if t === Universe.invalid { return }
            x.mode = .variable
        case let f as Func:
            addDeclDep(f)
            x.mode = .value
        case let b as Builtin:
            x.builtin = b.id
            x.mode = .builtin
            x.type = Universe.invalid
            return
        case is Nil:
            x.mode = .nilvalue
        default:
            return
        }
        x.type = t
    }

    func addDeclDep(_ o: Object) {
        guard let d = decl, objDecls[ObjectIdentifier(o)] != nil else { return }
        d.addDep(o)
    }

    /// Records a reference to a local variable from a function literal nested in its declaring function.
    func noteCapture(_ v: Var) {
        guard let owner = varOwner[ObjectIdentifier(v)], owner < funcStack.count - 1 else { return }
        v.isCaptured = true
        for d in (owner + 1)..<funcStack.count {
            let ctx = funcStack[d]
            if ctx.capturedSet.insert(ObjectIdentifier(v)).inserted { ctx.captures.append(v) }
        }
    }

    // MARK: Function literals

    func funcLit(_ x: inout Operand, _ f: FuncLit) {
        let (sig, fs) = funcType(f.type, recv: nil, funcScope: nil)
        funcBody(sig: sig, body: f.body, scope: fs, lit: f, name: "<function literal>")
        x.mode = .value
        x.type = sig
    }

    // MARK: Unary

    func unary(_ x: inout Operand, _ e: UnaryExpr) {
        expr(&x, e.x)
        if x.mode == .invalid { return }
        switch e.op {
        case .and:
            if !(unparen(e.x) is CompositeLit) && x.mode != .variable {
                error(x, "invalid operation: cannot take address of \(describe(x))")
                x.mode = .invalid
                return
            }
            if let id = unparen(e.x) as? Ident, let v = info.uses[id.id] as? Var { v.isAddressTaken = true }
            markAddressTaken(e.x)
            x.mode = .value
            x.type = Pointer(x.type)
            return
        case .arrow:
            guard let ch = x.type.underlying as? Chan else {
                error(x, "invalid operation: cannot receive from non-channel \(describe(x))")
                x.mode = .invalid
                return
            }
            if ch.dir == .send {
                error(x, "invalid operation: cannot receive from send-only channel \(describe(x))")
                x.mode = .invalid
                return
            }
            x.mode = .commaok
            x.type = ch.elem
            return
        case .tilde:
            error(e, "cannot use ~ outside of interface or type constraint")
            x.mode = .invalid
            return
        default: break
        }
        if !opAllowed(e.op, x, unary: true) { x.mode = .invalid; return }
        if x.mode == .constant, let v = x.val {
            var bits = 0
            if e.op == .xor, let b = basic(x.type), b.isUnsigned { bits = b.size * 8 }
            guard let r = v.unary(e.op, unsignedBits: bits) else { x.mode = .invalid; return }
            x.val = r
            x.expr = e
            overflow(&x, opPos: e.pos)
            return
        }
        x.mode = .value
    }

    /// `&x` makes the root variable of x (through fields and array indexing) address-taken.
    func markAddressTaken(_ e: Expr) {
        var cur = unparen(e)
        var n = 0
        while n < 1000 {
            n += 1
            if let id = cur as? Ident {
                if let v = info.uses[id.id] as? Var { v.isAddressTaken = true }
                return
            }
            if let s = cur as? SelectorExpr, let t = info.types[s.x.id]?.type, !(t.underlying is Pointer) {
                cur = unparen(s.x); continue
            }
            if let i = cur as? IndexExpr, let t = info.types[i.x.id]?.type, t.underlying is ArrayT {
                cur = unparen(i.x); continue
            }
            return
        }
    }

    /// Checks that `op` applies to x's type (types2 check.op with unary/binary predicates).
    func opAllowed(_ op: Token, _ x: Operand, unary: Bool) -> Bool {
        let t = x.type
        let ok: Bool
        var what = ""
        switch op {
        case .add:
            if unary { ok = isNumeric(t); what = "numeric" } else { ok = isNumeric(t) || isString(t); what = "numeric or string" }
        case .sub, .mul, .quo: ok = isNumeric(t); what = "numeric"
        case .rem, .and, .or, .andNot, .shl, .shr: ok = isInteger(t); what = "integer"
        case .xor: ok = isInteger(t); what = "integer"
        case .not, .land, .lor: ok = isBoolean(t); what = "boolean"
        default:
            error(x, "invalid syntax tree: unknown operator \(op.rawValue)")
            return false
        }
        _ = what
        if !ok {
            error(x, "invalid operation: operator \(op.rawValue) not defined on \(describe(x))")
        }
        return ok
    }

    // MARK: Constants

    /// Typed constants must stay representable; untyped integers must stay below 512 bits (types2 overflow).
    func overflow(_ x: inout Operand, opPos: Pos) {
        guard let v = x.val else { return }
        if isTyped(x.type), let b = basic(x.type) {
            representable(&x, b)
            return
        }
        if case .int = v, v.bitLen > 512 {
            error(opPos, "constant \(opName(x.expr))overflow")
            x.val = nil
            x.mode = .invalid
        }
        // gc's untyped floats have a 32-bit binary exponent (math/big.Float).
        func tooBig(_ r: BigReal) -> Bool {
            if case .approx(let m, let e) = r { return abs(e + m.magnitude.bitWidth) > Int(Int32.max) }
            return false
        }
        var huge = false
        if case .float(let r) = v { huge = tooBig(r) }
        if case .complex(let r, let i) = v { huge = tooBig(r) || tooBig(i) }
        if huge {
            error(opPos, "constant \(opName(x.expr))overflow")
            x.val = nil
            x.mode = .invalid
        }
    }

    func opName(_ e: Expr?) -> String {
        if let u = e as? UnaryExpr, u.op == .xor { return "bitwise complement " }
        if let b = e as? BinaryExpr {
            switch b.op {
            case .add: return "addition "
            case .sub: return "subtraction "
            case .xor: return "bitwise XOR "
            case .mul: return "multiplication "
            case .shl: return "shift "
            default: break
            }
        }
        return ""
    }

    // MARK: Untyped operands

    /// Gives an untyped operand the type `target` (or an untyped type "larger" than
    /// its own) or reports why it cannot have it (types2 convertUntyped).
    func convertUntyped(_ x: inout Operand, _ target: GoType) {
        let (newType, val, code) = implicitTypeAndValue(x, target)
        if code != .ok {
            var t = target
            if !(t is Basic) || true { t = target.underlying }
            invalidConversion(code, x, t)
            x.mode = .invalid
            return
        }
        if let val { x.val = val; updateExprVal(x.expr, val) }
        if let newType, newType !== x.type {
            x.type = newType
            updateExprType(x.expr, newType, final: false)
        }
    }

    enum ConvCode { case ok, truncated, overflow, invalidConst, invalidUntyped }

    func invalidConversion(_ code: ConvCode, _ x: Operand, _ target: GoType) {
        switch code {
        case .truncated: error(x, "\(describe(x)) truncated to \(ts(target))")
        case .overflow: error(x, "\(describe(x)) overflows \(ts(target))")
        default: error(x, "cannot convert \(describe(x)) to \(ts(target))")
        }
    }

    func implicitTypeAndValue(_ x: Operand, _ target: GoType) -> (GoType?, Constant?, ConvCode) {
        if x.mode == .invalid || isTyped(x.type) || target === Universe.invalid { return (x.type, nil, .ok) }
        if let tb = target as? Basic, tb.isUntyped {
            // Both untyped: the "larger" kind wins.
            if let m = maxType(x.type, tb) { return (m, nil, .ok) }
            return (nil, nil, .invalidUntyped)
        }
        if x.isNil {
            return hasNil(target) ? (target, nil, .ok) : (nil, nil, .invalidUntyped)
        }
        switch target.underlying {
        case let b as Basic:
            if x.mode == .constant {
                let (v, code) = representation(x, b)
                if code != .ok { return (nil, nil, code) }
                return (target, v, .ok)
            }
            guard let xb = x.type as? Basic else { return (nil, nil, .invalidUntyped) }
            switch xb.kind {
            case .untypedBool: if !b.isBoolean { return (nil, nil, .invalidUntyped) }
            case .untypedInt, .untypedRune, .untypedFloat, .untypedComplex: if !b.isNumeric { return (nil, nil, .invalidUntyped) }
            case .untypedString: if !b.isString { return (nil, nil, .invalidUntyped) }
            default: return (nil, nil, .invalidUntyped)
            }
        case let i as Interface:
            if !(i.isEmpty || completeInterface(i).isEmpty) { return (nil, nil, .invalidUntyped) }
            return (defaultType(x.type), nil, .ok)
        default:
            return (nil, nil, .invalidUntyped)
        }
        return (target, nil, .ok)
    }

    /// The value of constant x as a value of basic type b, or why it is not representable.
    func representation(_ x: Operand, _ b: Basic) -> (Constant?, ConvCode) {
        guard let v = x.val else { return (nil, .ok) }
        if let r = representableValue(v, b) { return (r, .ok) }
        if isNumeric(x.type) && b.isNumeric {
            if !isInteger(x.type) && b.isInteger { return (nil, .truncated) }
            return (nil, .overflow)
        }
        return (nil, .invalidConst)
    }

    /// Reports if constant x is not representable as b; on success x.val is the rounded value.
    func representable(_ x: inout Operand, _ b: Basic) {
        let (v, code) = representation(x, b)
        if code != .ok {
            invalidConversion(code, x, b)
            x.mode = .invalid
            return
        }
        if let v { x.val = v }
    }

    /// Records the rounded value for an untyped constant expression.
    func updateExprVal(_ e: Expr?, _ v: Constant) {
        guard let e, var u = untyped[e.id] else { return }
        u.val = v
        untyped[e.id] = u
    }

    /// Propagates the final type of an untyped expression down its tree (types2 updateExprType).
    func updateExprType(_ e: Expr?, _ t: GoType, final: Bool) {
        guard let e, let old = untyped[e.id] else { return }
        switch e {
        case let p as ParenExpr:
            updateExprType(p.x, t, final: final)
        case let u as UnaryExpr:
            if old.val == nil { updateExprType(u.x, t, final: final) }
        case let b as BinaryExpr:
            if old.val == nil {
                if b.op.isComparison {
                    // The result type is independent of the operand types.
                } else if b.op == .shl || b.op == .shr {
                    updateExprType(b.x, t, final: final)
                } else {
                    updateExprType(b.x, t, final: final)
                    updateExprType(b.y, t, final: final)
                }
            }
        default: break
        }
        if !final, let tb = t.underlying as? Basic, tb.isUntyped {
            untyped[e.id] = (old.expr, old.lhsOf, old.mode, tb, old.val)
            return
        }
        untyped[e.id] = nil
        if let parent = old.lhsOf, !isInteger(t) {
            error(e, "invalid operation: \(exprString(parent)) (shift of type \(ts(t)))")
            return
        }
        if old.val != nil {
            var c = Operand(mode: old.mode, expr: e, type: old.type, val: old.val)
            convertUntyped(&c, t)
            if c.mode == .invalid { return }
            recordTypeAndValue(e, recordOperandMode(old.mode), t, c.val)
            return
        }
        recordTypeAndValue(e, recordOperandMode(old.mode), t, old.val)
    }

    // MARK: Binary

    func binary(_ x: inout Operand, _ e: Expr?, _ lhs: Expr, _ rhs: Expr, _ op: Token) {
        var y = Operand()
        expr(&x, lhs)
        expr(&y, rhs)
        if x.mode == .invalid { return }
        if y.mode == .invalid { x.mode = .invalid; x.expr = y.expr; return }
        if op == .shl || op == .shr {
            shift(&x, &y, e, op)
            return
        }
        if canMix(x, y) {
            convertUntyped(&x, y.type)
            if x.mode == .invalid { return }
            convertUntyped(&y, x.type)
            if y.mode == .invalid { x.mode = .invalid; return }
        }
        if op.isComparison {
            comparison(&x, &y, op, switchCase: false, e: e)
            return
        }
        if !identical(x.type, y.type) {
            if x.type !== Universe.invalid && y.type !== Universe.invalid {
                if let e {
                    error(x, "invalid operation: \(exprString(e)) (mismatched types \(ts(x.type)) and \(ts(y.type)))")
                } else {
                    error(x, "invalid operation: \(exprString(lhs)) \(op.rawValue)= \(exprString(rhs)) (mismatched types \(ts(x.type)) and \(ts(y.type)))")
                }
            }
            x.mode = .invalid
            return
        }
        if !opAllowed(op, x, unary: false) { x.mode = .invalid; return }
        if op == .quo || op == .rem {
            if (x.mode == .constant || isInteger(x.type)) && y.mode == .constant, let yv = y.val, yv.isZero {
                error(y, "invalid operation: division by zero")
                x.mode = .invalid
                return
            }
        }
        if x.mode == .constant && y.mode == .constant, let xv = x.val, let yv = y.val {
            guard let r = xv.binary(op, yv, integerDivision: isInteger(x.type)) else {
                error(e ?? lhs, "constant result is not representable")
                x.mode = .invalid
                return
            }
            x.val = r
            x.expr = e
            overflow(&x, opPos: e?.pos ?? lhs.pos)
            return
        }
        x.mode = .value
    }

    func canMix(_ x: Operand, _ y: Operand) -> Bool {
        if x.type.underlying is Interface || y.type.underlying is Interface { return true }
        if isBoolean(x.type) != isBoolean(y.type) { return false }
        if isString(x.type) != isString(y.type) { return false }
        if x.isNil && !hasNil(y.type) { return false }
        if y.isNil && !hasNil(x.type) { return false }
        return true
    }

    func comparison(_ x: inout Operand, _ y: inout Operand, _ op: Token, switchCase: Bool, e: Expr?) {
        let op = switchCase ? Token.eql : op
        var errOp = x
        var cause = ""
        var ok = assignableTo(x, y.type) || assignableTo(y, x.type)
        if !ok {
            errOp = y
            cause = "mismatched types \(ts(x.type)) and \(ts(y.type))"
        } else {
            switch op {
            case .eql, .neq:
                if x.isNil || y.isNil {
                    let t = x.isNil ? y.type : x.type
                    if !hasNil(t) { errOp = y; ok = false }
                } else if !isComparable(x.type) {
                    errOp = x; cause = incomparableCause(x.type); ok = false
                } else if !isComparable(y.type) {
                    errOp = y; cause = incomparableCause(y.type); ok = false
                }
            default:
                if !isOrdered(x.type) { errOp = x; ok = false }
                else if !isOrdered(y.type) { errOp = y; ok = false }
            }
        }
        if !ok {
            if cause.isEmpty { cause = "operator \(op.rawValue) not defined on \(kindString(errOp.type))" }
            if switchCase {
                error(x, "invalid case \((x.expr.map(exprString) ?? "")) in switch on \((y.expr.map(exprString) ?? "")) (\(cause))")
            } else {
                error(errOp, "invalid operation: \((x.expr.map(exprString) ?? "")) \(op.rawValue) \((y.expr.map(exprString) ?? "")) (\(cause))")
            }
            x.mode = .invalid
            return
        }
        if x.mode == .constant && y.mode == .constant, let xv = x.val, let yv = y.val {
            x.val = .bool(xv.compare(op, yv) ?? false)
        } else {
            x.mode = .value
            x.val = nil
            updateExprType(x.expr, defaultType(x.type), final: true)
            updateExprType(y.expr, defaultType(y.type), final: true)
        }
        x.type = Universe.basic(.untypedBool)
        if let e { x.expr = e }
    }

    func incomparableCause(_ t: GoType) -> String {
        switch t.underlying {
        case is Slice, is Signature, is MapT: return "\(kindString(t)) can only be compared to nil"
        case let s as Struct:
            if let f = s.fields.first(where: { !isComparable($0.type) }) { return "struct containing \(ts(f.type)) cannot be compared" }
            return ""
        case is ArrayT: return "\(ts(t)) cannot be compared"
        default: return ""
        }
    }

    func kindString(_ t: GoType) -> String {
        switch t.underlying {
        case is ArrayT: return "array"
        case is Slice: return "slice"
        case is Struct: return "struct"
        case is Pointer: return "pointer"
        case is Signature: return "func"
        case is Interface: return "interface"
        case is MapT: return "map"
        case is Chan: return "chan"
        default: return ts(t)
        }
    }

    func shift(_ x: inout Operand, _ y: inout Operand, _ e: Expr?, _ op: Token) {
        var xval: Constant?
        if x.mode == .constant { xval = x.val?.asInt }
        if isInteger(x.type) || (isUntyped(x.type) && xval != nil) {
        } else {
            error(x, "invalid operation: shifted operand \(describe(x)) must be integer")
            x.mode = .invalid
            return
        }
        if y.mode == .constant {
            if let yv = y.val?.asInt, yv.sign < 0 {
                error(y, "invalid operation: negative shift count \(describe(y))")
                x.mode = .invalid
                return
            }
            if isUntyped(y.type) {
                representable(&y, Universe.basic(.uint))
                if y.mode == .invalid { x.mode = .invalid; return }
            }
        } else {
            if isInteger(y.type) {
            } else if isUntyped(y.type) {
                convertUntyped(&y, Universe.basic(.uint))
                if y.mode == .invalid { x.mode = .invalid; return }
            } else {
                error(y, "invalid operation: shift count \(describe(y)) must be integer")
                x.mode = .invalid
                return
            }
        }
        if x.mode == .constant {
            if y.mode == .constant, let xv = xval, let yv = y.val?.exactInteger {
                let bound = 1023 - 1 + 52
                guard yv >= 0 && yv <= BigInt(bound) else {
                    error(y, "invalid operation: invalid shift count \(describe(y))")
                    x.mode = .invalid
                    return
                }
                if !isInteger(x.type) { x.type = Universe.basic(.untypedInt) }
                x.val = xv.shift(op, Int(yv))
                x.expr = e
                overflow(&x, opPos: e?.pos ?? .none)
                return
            }
            if isUntyped(x.type) {
                // spec: the untyped lhs of a non-constant shift takes the type the shift has in context.
                if let xe = x.expr, var u = untyped[xe.id] {
                    u.lhsOf = e ?? xe
                    untyped[xe.id] = u
                }
                x.mode = .value
                return
            }
        }
        if !isInteger(x.type) {
            error(x, "invalid operation: shifted operand \(describe(x)) must be integer")
            x.mode = .invalid
            return
        }
        x.mode = .value
    }
}

/// The default type of an untyped type (spec: "Constants").
public func defaultType(_ t: GoType) -> GoType {
    guard let b = t as? Basic else { return t }
    switch b.kind {
    case .untypedBool: return Universe.basic(.bool)
    case .untypedInt: return Universe.basic(.int)
    case .untypedRune: return Universe.rune
    case .untypedFloat: return Universe.basic(.float64)
    case .untypedComplex: return Universe.basic(.complex128)
    case .untypedString: return Universe.basic(.string)
    default: return t
    }
}

func isUntyped(_ t: GoType) -> Bool { (t as? Basic)?.isUntyped ?? false }

/// For two untyped types, the one of "larger" kind if both are numeric, or the same if identical.
func maxType(_ x: GoType, _ y: GoType) -> GoType? {
    guard let a = x as? Basic, let b = y as? Basic else { return nil }
    if a.isNumeric && b.isNumeric { return a.kind.rawValue >= b.kind.rawValue ? a : b }
    return a.kind == b.kind ? a : nil
}

func hasNil(_ t: GoType) -> Bool {
    switch t.underlying {
    case let b as Basic: return b.kind == .unsafePointer
    case is Pointer, is Slice, is MapT, is Chan, is Signature, is Interface: return true
    default: return false
    }
}

func isOrdered(_ t: GoType) -> Bool {
    guard let b = t.underlying as? Basic else { return false }
    return b.isInteger || b.isFloat || b.isString
}

/// spec: "Comparison operators".
func isComparable(_ t: GoType, depth: Int = 0) -> Bool {
    if depth > 100 { return true }
    switch t.underlying {
    case let b as Basic: return b.kind != .untypedNil
    case is Pointer, is Chan, is Interface: return true
    case let s as Struct: return s.fields.allSatisfy { isComparable($0.type, depth: depth + 1) }
    case let a as ArrayT: return isComparable(a.elem, depth: depth + 1)
    default: return false
    }
}

/// The value of v as a value of type b if representable (types2 representableConst), rounded for floats.
func representableValue(_ v: Constant, _ b: Basic) -> Constant? {
    switch b.kind {
    case .bool, .untypedBool:
        if case .bool = v { return v }
        return nil
    case .string, .untypedString:
        if case .string = v { return v }
        return nil
    default: break
    }
    guard v.isNumeric else { return nil }
    if b.isInteger {
        guard let i = v.exactInteger else { return nil }
        if b.isUntyped { return .int(i) }
        let bits = b.size * 8
        if b.isUnsigned {
            return i >= 0 && i.magnitude.bitWidth <= bits ? .int(i) : nil
        }
        let lo = -(BigInt(1) << (bits - 1)), hi = (BigInt(1) << (bits - 1)) - 1
        return i >= lo && i <= hi ? .int(i) : nil
    }
    if b.isFloat {
        guard let f = v.asFloat, case .float(let r) = f else { return nil }
        switch b.kind {
        case .float32:
            let d = r.floatValue
            return d.isInfinite ? nil : .float(.from(Double(d)))
        case .float64:
            let d = r.doubleValue
            return d.isInfinite ? nil : .float(.from(d))
        default:
            return f
        }
    }
    if b.isComplex {
        guard let c = v.asComplex, case .complex(let re, let im) = c else { return nil }
        switch b.kind {
        case .complex64:
            let a = re.floatValue, i = im.floatValue
            if a.isInfinite || i.isInfinite { return nil }
            return .complex(.from(Double(a)), .from(Double(i)))
        case .complex128:
            let a = re.doubleValue, i = im.doubleValue
            if a.isInfinite || i.isInfinite { return nil }
            return .complex(.from(a), .from(i))
        default:
            return c
        }
    }
    return nil
}
