import GoSyntax

// Assignments and variable initialization (spec: "Assignments"; types2 assignments.go).

extension Checker {
    /// Checks that x can be assigned to a variable of type T (nil T: the blank
    /// identifier), converting untyped values. `context` names the place for messages.
    func assignment(_ x: inout Operand, _ T: GoType?, _ context: String) {
        singleValue(&x)
        switch x.mode {
        case .invalid: return
        case .constant, .variable, .mapindex, .value, .nilvalue, .commaok: break
        default:
            error(x, "cannot assign \(describe(x)) to \(T.map(ts) ?? "_") in \(context)")
            x.mode = .invalid
            return
        }
        if isUntyped(x.type) {
            var target = T
            if x.isNil {
                if T == nil {
                    error(x, "use of untyped nil in \(context)")
                    x.mode = .invalid
                    return
                }
            } else if T == nil || T!.underlying is Interface {
                target = defaultType(x.type)
            }
            if let target {
                let (newType, val, code) = implicitTypeAndValue(x, target)
                if code != .ok {
                    var msg = "cannot use \(describe(x)) as \(ts(target)) value in \(context)"
                    if code == .truncated { msg += " (truncated)" } else if code == .overflow { msg += " (overflows)" }
                    error(x, msg)
                    x.mode = .invalid
                    return
                }
                if let val { x.val = val; updateExprVal(x.expr, val) }
                if let newType, newType !== x.type {
                    x.type = newType
                    updateExprType(x.expr, newType, final: false)
                }
            }
        }
        guard let T else { return }
        var reason = ""
        if !assignableTo(x, T, reason: &reason) {
            if !reason.isEmpty {
                error(x, "cannot use \(describe(x)) as type \(ts(T)) in \(context):\n\t\(reason)")
            } else {
                error(x, "cannot use \(describe(x)) as type \(ts(T)) in \(context)")
            }
            x.mode = .invalid
        }
    }

    /// Initializes lhs from x; returns x's type or nil on failure.
    @discardableResult
    func initVar(_ lhs: Var, _ x: inout Operand, _ context: String) -> GoType? {
        if x.mode == .invalid || x.type === Universe.invalid || lhs.type === Universe.invalid {
            if lhs.type == nil { lhs.type = Universe.invalid }
            lhs.isUsed = true
            return nil
        }
        if lhs.type == nil {
            var t = x.type
            if isUntyped(t) {
                if x.isNil {
                    error(x, "use of untyped nil in \(context)")
                    lhs.type = Universe.invalid
                    return nil
                }
                t = defaultType(t)
            }
            lhs.type = t
        }
        assignment(&x, lhs.type, context)
        if x.mode == .invalid { lhs.isUsed = true; return nil }
        return x.type
    }

    func assignError(_ rhs: [Expr], _ nvars: Int, _ nvals: Int) {
        let vars = nvars == 1 ? "1 variable" : "\(nvars) variables"
        let vals = nvals == 1 ? "1 value" : "\(nvals) values"
        guard let r0 = rhs.first else { return }
        if rhs.count == 1, let call = unparen(r0) as? CallExpr {
            error(r0, "assignment mismatch: \(vars) but \(exprString(call.fun)) returns \(vals)")
            return
        }
        error(r0, "assignment mismatch: \(vars) but \(vals)")
    }

    /// Records the (T, bool) tuple type of a comma-ok expression, down through parentheses.
    func recordCommaOkTypes(_ e: Expr, _ t0: GoType?, _ t1: GoType?) {
        guard let a = t0, let b = t1 else { return }
        let tuple = Tuple([Var(name: "", pos: .none, type: a, pkgPath: nil), Var(name: "", pos: .none, type: b, pkgPath: nil)])
        var x: Expr = e
        while true {
            if let tv = info.types[x.id] {
                info.types[x.id] = TypeAndValue(mode: .commaok, type: tuple, value: tv.value)
            }
            guard let p = x as? ParenExpr else { break }
            x = p.x
        }
    }

    /// `var a, b = ...`, `a, b := ...` and return statements (returnStmt != nil).
    func initVars(_ lhs: [Var], _ origRHS: [Expr], returnStmt: ReturnStmt?) {
        let (rhs, commaOk) = exprList(origRHS, allowCommaOk: lhs.count == 2 && returnStmt == nil)
        if lhs.count != rhs.count {
            for v in lhs {
                v.isUsed = true
                if v.type == nil { v.type = Universe.invalid }
            }
            if rhs.contains(where: { $0.mode == .invalid }) { return }
            if let rs = returnStmt {
                var at = rs.pos
                var qualifier = "not enough"
                if rhs.count > lhs.count {
                    at = rhs[lhs.count].expr.map(startPos) ?? at
                    qualifier = "too many"
                } else if let last = rhs.last {
                    at = last.expr.map(startPos) ?? at
                }
                error(at, "\(qualifier) return values\n\thave \(typesSummary(rhs.map { $0.type }, variadic: false))\n\twant \(typesSummary(lhs.map { $0.type }, variadic: false))")
                return
            }
            assignError(origRHS, lhs.count, rhs.count)
            return
        }
        let context = returnStmt != nil ? "return statement" : "assignment"
        if commaOk {
            var a = rhs[0], b = rhs[1]
            let t0 = initVar(lhs[0], &a, context)
            let t1 = initVar(lhs[1], &b, context)
            recordCommaOkTypes(origRHS[0], t0, t1)
            return
        }
        var ok = true
        for (i, v) in lhs.enumerated() {
            var x = rhs[i]
            if initVar(v, &x, context) == nil { ok = false }
        }
        if !ok { for v in lhs { v.isUsed = true } }
    }

    /// Assigns x to the expression lhs (spec: "Assignments"); returns x's type or nil.
    @discardableResult
    func assignVar(_ lhs: Expr, _ x: inout Operand) -> GoType? {
        if x.mode == .invalid || x.type === Universe.invalid {
            useLHS([lhs])
            return nil
        }
        let ident = unparen(lhs) as? Ident
        if let ident, ident.name == "_" {
            info.defs[ident.id] = nil
            assignment(&x, nil, "assignment to _ identifier")
            return x.mode == .invalid ? nil : x.type
        }
        // Assigning to v is not a use of v.
        var v: Var?
        var vUsed = false
        if let ident, let w = lookup(ident.name) as? Var, w.pkgPath == pkgPath {
            v = w; vUsed = w.isUsed
        }
        var z = Operand()
        expr(&z, lhs)
        if let v { v.isUsed = vUsed }
        if z.mode == .invalid || z.type === Universe.invalid { return nil }
        switch z.mode {
        case .variable, .mapindex: break
        default:
            if let sel = z.expr as? SelectorExpr {
                var op = Operand()
                expr(&op, sel.x)
                if op.mode == .mapindex {
                    error(z, "cannot assign to struct field \((z.expr.map(exprString) ?? "")) in map")
                    return nil
                }
            }
            error(z, "cannot assign to \(describe(z))")
            return nil
        }
        assignment(&x, z.type, "assignment")
        return x.mode == .invalid ? nil : x.type
    }

    func assignVars(_ lhs: [Expr], _ origRHS: [Expr]) {
        let (rhs, commaOk) = exprList(origRHS, allowCommaOk: lhs.count == 2)
        if lhs.count != rhs.count {
            for l in lhs where !((unparen(l) as? Ident)?.isBlank ?? false) { var x = Operand(); rawExpr(&x, l, hint: nil) }
            if rhs.contains(where: { $0.mode == .invalid }) { return }
            assignError(origRHS, lhs.count, rhs.count)
            return
        }
        if commaOk {
            var a = rhs[0], b = rhs[1]
            let t0 = assignVar(lhs[0], &a)
            let t1 = assignVar(lhs[1], &b)
            recordCommaOkTypes(origRHS[0], t0, t1)
            return
        }
        var ok = true
        for (i, l) in lhs.enumerated() {
            var x = rhs[i]
            if assignVar(l, &x) == nil { ok = false }
        }
        if !ok {
            for l in lhs {
                if let id = unparen(l) as? Ident, let v = lookup(id.name) as? Var { v.isUsed = true }
            }
        }
    }

    /// Evaluates lhs expressions without counting identifiers as uses.
    func useLHS(_ lhs: [Expr]) {
        for l in lhs {
            if let id = unparen(l) as? Ident {
                if id.name == "_" { continue }
                if let v = lookup(id.name) as? Var {
                    let used = v.isUsed
                    var x = Operand()
                    rawExpr(&x, l, hint: nil)
                    v.isUsed = used
                    continue
                }
            }
            var x = Operand()
            rawExpr(&x, l, hint: nil)
        }
    }

    /// `a, b := ...` (spec: "Short variable declarations").
    func shortVarDecl(_ pos: Pos, _ lhs: [Expr], _ rhs: [Expr]) {
        var seen: Set<String> = []
        var lhsVars: [Var?] = []
        var newVars: [Var] = []
        var newIdents: [Ident] = []
        var hasErr = false
        for l in lhs {
            guard let ident = l as? Ident else {
                useLHS([l])
                error(l, "non-name \(exprString(l)) on left side of :=")
                hasErr = true
                lhsVars.append(nil)
                continue
            }
            let name = ident.name
            if name != "_" {
                if seen.contains(name) {
                    error(l, "\(name) repeated on left side of :=")
                    hasErr = true
                    lhsVars.append(nil)
                    continue
                }
                seen.insert(name)
            }
            if let alt = scope.lookup(name) {
                recordUse(ident, alt)
                if let v = alt as? Var { lhsVars.append(v) } else {
                    error(l, "cannot assign to \(exprString(l))")
                    hasErr = true
                    lhsVars.append(nil)
                }
                continue
            }
            let v = Var(name: name, pos: ident.pos, type: nil, pkgPath: pkgPath)
            lhsVars.append(v)
            if name != "_" { newVars.append(v); newIdents.append(ident) }
            recordDef(ident, v)
        }
        let vars = lhsVars.enumerated().map { i, v in v ?? Var(name: "_", pos: lhs[i].pos, type: nil, pkgPath: pkgPath) }
        initVars(vars, rhs, returnStmt: nil)
        if newVars.isEmpty && !hasErr {
            error(pos, "no new variables on left side of :=")
            return
        }
        for v in newVars { declare(scope, nil, v) }
    }
}
