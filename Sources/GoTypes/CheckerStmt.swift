import GoSyntax

// Statements (spec: "Statements"; types2 stmt.go). Branch and label rules are
// checked syntactically beforehand (Branches.swift), as gc's parser does.

struct StmtContext {
    let fnSig: Signature
}

/// Label objects of the function being checked (filled by the branch pass).
struct LabelsContext {}

extension Checker {
    func stmtList(_ list: [Stmt], ctx: StmtContext) {
        for s in list { stmt(s, ctx: ctx) }
    }

    func stmt(_ s: Stmt, ctx: StmtContext) {
        switch s {
        case is EmptyStmt, is BadStmt:
            break
        case let d as DeclStmt:
            localDecl(d.decl)
        case let l as LabeledStmt:
            hasLabel = true
            stmt(l.stmt, ctx: ctx)
        case let e as ExprStmt:
            exprStmt(e)
        case let sd as SendStmt:
            var ch = Operand(), val = Operand()
            expr(&ch, sd.chan)
            expr(&val, sd.value)
            if ch.mode == .invalid || val.mode == .invalid { return }
            guard let c = ch.type.underlying as? Chan else {
                error(sd, "invalid operation: cannot send to non-channel \(describe(ch))")
                return
            }
            if c.dir == .recv {
                error(sd, "invalid operation: cannot send to receive-only channel \(describe(ch))")
                return
            }
            assignment(&val, c.elem, "send")
        case let ids as IncDecStmt:
            var x = Operand()
            expr(&x, ids.x)
            if x.mode == .invalid { return }
            if !isNumeric(x.type) {
                let op = ids.tok == .inc ? "++" : "--"
                error(ids.x, "invalid operation: \(exprString(ids.x))\(op) (non-numeric type \(ts(x.type)))")
                return
            }
            assignVar(ids.x, &x)
        case let a as AssignStmt:
            assignStmt(a)
        case let g as GoStmt:
            suspendedCall("go", g.call)
        case let d as DeferStmt:
            suspendedCall("defer", d.call)
        case let r as ReturnStmt:
            returnStmt(r, ctx: ctx)
        case let b as BranchStmt:
            if let l = b.label, let obj = labelObjects[l.id] { recordUse(l, obj) }
        case let b as BlockStmt:
            openScope()
            stmtList(b.list, ctx: ctx)
            closeScope()
        case let i as IfStmt:
            openScope()
            if let ini = i.initStmt { simpleStmt(ini, ctx: ctx) }
            var x = Operand()
            expr(&x, i.cond)
            if x.mode != .invalid && !isBoolean(x.type) {
                error(i.cond, "non-boolean condition in if statement")
            }
            stmt(i.body, ctx: ctx)
            if let e = i.elseStmt {
                if e is IfStmt || e is BlockStmt { stmt(e, ctx: ctx) }
                else { error(e, "invalid else branch in if statement") }
            }
            closeScope()
        case let sw as SwitchStmt:
            openScope()
            if let ini = sw.initStmt { simpleStmt(ini, ctx: ctx) }
            switchStmt(sw, ctx: ctx)
            closeScope()
        case let ts as TypeSwitchStmt:
            openScope()
            if let ini = ts.initStmt { simpleStmt(ini, ctx: ctx) }
            typeSwitchStmt(ts, ctx: ctx)
            closeScope()
        case let sel as SelectStmt:
            selectStmt(sel, ctx: ctx)
        case let f as ForStmt:
            openScope()
            if let ini = f.initStmt { simpleStmt(ini, ctx: ctx) }
            if let c = f.cond {
                var x = Operand()
                expr(&x, c)
                if x.mode != .invalid && !isBoolean(x.type) {
                    error(c, "non-boolean condition in for statement")
                }
            }
            if let p = f.post {
                if let a = p as? AssignStmt, a.tok == .define {
                    error(a, "cannot declare in post statement of for loop")
                    useLHS(a.lhs); useExprs(a.rhs)
                } else {
                    simpleStmt(p, ctx: ctx)
                }
            }
            stmt(f.body, ctx: ctx)
            closeScope()
        case let r as RangeStmt:
            openScope()
            rangeStmt(r, ctx: ctx)
            closeScope()
        case is CaseClause, is CommClause:
            error(s, "invalid syntax tree: misplaced clause")
        default:
            error(s, "invalid statement")
        }
    }

    func simpleStmt(_ s: Stmt, ctx: StmtContext) { stmt(s, ctx: ctx) }

    func exprStmt(_ e: ExprStmt) {
        var x = Operand()
        rawExpr(&x, e.x, hint: nil)
        var msg: String
        switch x.mode {
        case .invalid: return
        case .builtin: msg = "must be called"
        case .typexpr: msg = "is not an expression"
        default:
            if statementKind(e.x) == 2 { return }
            msg = "is not used"
        }
        error(x, "\(describe(x)) \(msg)")
    }

    /// 0 conversion, 1 expression, 2 statement (types2 exprKind).
    func statementKind(_ e: Expr) -> Int {
        let u = unparen(e)
        if let c = u as? CallExpr {
            if let tv = info.types[c.fun.id] ?? info.types[unparen(c.fun).id] {
                if tv.mode == .typexpr { return 0 }
                if tv.mode == .builtin {
                    if let id = unparen(c.fun) as? Ident, let b = info.uses[id.id] as? Builtin { return builtinInfo(b.id).isStatement ? 2 : 1 }
                    return 1
                }
            }
            if let id = unparen(c.fun) as? Ident, let b = info.uses[id.id] as? Builtin { return builtinInfo(b.id).isStatement ? 2 : 1 }
            return 2
        }
        if let un = u as? UnaryExpr, un.op == .arrow { return 2 }
        return 1
    }

    func suspendedCall(_ keyword: String, _ call: CallExpr) {
        var x = Operand()
        rawExpr(&x, call, hint: nil)
        if x.mode == .invalid { return }
        let kind = statementKind(call)
        let msg: String
        switch kind {
        case 0: msg = "requires function call, not conversion"
        case 1: msg = "discards result of"
        default: return
        }
        error(x, "\(keyword) \(msg) \(describe(x))")
    }

    func assignStmt(_ a: AssignStmt) {
        switch a.tok {
        case .assign:
            assignVars(a.lhs, a.rhs)
        case .define:
            shortVarDecl(a.pos, a.lhs, a.rhs)
        default:
            guard let op = a.tok.assignOpBase else { error(a, "invalid statement"); return }
            if a.lhs.count != 1 || a.rhs.count != 1 {
                error(a, "assignment operation \(a.tok.rawValue) requires single-valued expressions")
                return
            }
            var x = Operand()
            binary(&x, nil, a.lhs[0], a.rhs[0], op)
            assignVar(a.lhs[0], &x)
        }
    }

    func returnStmt(_ r: ReturnStmt, ctx: StmtContext) {
        let res = ctx.fnSig.results
        if r.results.isEmpty && res.count > 0 && !res.vars[0].name.isEmpty {
            for obj in res.vars {
                if let alt = lookup(obj.name), alt !== obj {
                    error(r, "result parameter \(obj.name) not in scope at return\n\t\(fileSet.format(alt.pos)): inner declaration of var \(obj.name) \(ts(alt.type))")
                }
            }
            return
        }
        initVars(res.vars, r.results, returnStmt: r)
    }

    // MARK: Local declarations

    func localDecl(_ g: GenDecl) {
        switch g.tok {
        case .const:
            for spec in g.specs {
                guard let s = spec as? ValueSpec else { continue }
                var consts: [Const] = []
                for (i, name) in s.names.enumerated() {
                    let c = Const(name: name.name, pos: name.pos, type: nil, pkgPath: pkgPath, value: .int(0))
                    consts.append(c)
                    var x = Operand()
                    let savedIota = iota
                    iota = .int(.init(s.iota))
                    if let te = s.type {
                        let t = typ(te)
                        if !isConstType(t) {
                            if t.underlying !== Universe.invalid { error(te, "invalid constant type \(ts(t))") }
                            c.type = Universe.invalid
                        } else { c.type = t }
                    }
                    if c.type !== Universe.invalid {
                        if i < s.values.count {
                            if s.isImplicit { errpos = c.pos }
                            expr(&x, s.values[i])
                            errpos = nil
                        }
                        initConst(c, &x)
                    }
                    iota = savedIota
                }
                arity(s, constDecl: true)
                for (i, name) in s.names.enumerated() { declare(scope, name, consts[i]) }
            }
        case .var:
            for spec in g.specs {
                guard let s = spec as? ValueSpec else { continue }
                let vars = s.names.map { Var(name: $0.name, pos: $0.pos, type: nil, pkgPath: pkgPath) }
                var declType: GoType?
                if let te = s.type {
                    declType = varType(te)
                    for v in vars { v.type = declType }
                }
                if s.values.isEmpty {
                    if s.type == nil { for v in vars { v.type = Universe.invalid } }
                } else if s.values.count == s.names.count {
                    for (i, v) in vars.enumerated() {
                        var x = Operand()
                        expr(&x, s.values[i])
                        initVar(v, &x, "variable declaration")
                    }
                } else {
                    if declType == nil { for v in vars { v.type = nil } }
                    initVars(vars, s.values, returnStmt: nil)
                }
                if s.type == nil || !s.values.isEmpty { arity(s, constDecl: false) }
                for (i, name) in s.names.enumerated() { declare(scope, name, vars[i]) }
            }
        case .type:
            for spec in g.specs {
                guard let s = spec as? TypeSpec else { continue }
                let obj = TypeName(name: s.name.name, pos: s.name.pos, type: nil, pkgPath: pkgPath)
                // The type's scope starts at its identifier so it may refer to itself.
                declare(scope, s.name, obj)
                // Checked through objDecl so that cycles (`type A = A`) are found as for package-level types.
                objDecls[ObjectIdentifier(obj)] = DeclInfo(kind: .type(s), fileScope: scope)
                objDecl(obj)
                flattenNamed()
            }
        default:
            break
        }
    }

    // MARK: Switch statements

    func switchStmt(_ s: SwitchStmt, ctx: StmtContext) {
        var x = Operand()
        if let tag = s.tag {
            expr(&x, tag)
            assignment(&x, nil, "switch expression")
            if x.mode != .invalid && !isComparable(x.type) && !hasNil(x.type) {
                error(x, "cannot switch on \(describe(x)) (\(ts(x.type)) is not comparable)")
                x.mode = .invalid
            }
        } else {
            let pos = s.clauses.first?.pos ?? s.rbrace
            x = Operand(mode: .constant, expr: Ident(pos: pos, name: "true"), type: Universe.basic(.bool), val: .bool(true))
        }
        multipleDefaults(s.clauses)
        var seen: [(Constant, GoType, Pos)] = []
        for c in s.clauses {
            for e in c.list {
                var v = Operand()
                expr(&v, e)
                if x.mode == .invalid || v.mode == .invalid { continue }
                convertUntyped(&v, x.type)
                if v.mode == .invalid { continue }
                var res = v
                var xx = x
                comparison(&res, &xx, .eql, switchCase: true, e: nil)
                if res.mode == .invalid { continue }
                if v.mode != .constant { continue }
                // types2 (caseValues, goVal) ignores duplicate boolean and complex cases.
                if let val = v.val, !isBoolean(v.type), !isComplex(v.type) {
                    if let prev = seen.first(where: { $0.0.compare(.eql, val) == true && identical($0.1, v.type) }) {
                        error(v, "duplicate case \(describe(v)) in expression switch\n\t\(fileSet.format(prev.2)): previous case")
                        continue
                    }
                    seen.append((val, v.type, startPos(e)))
                }
            }
            openScope()
            stmtList(c.body, ctx: ctx)
            closeScope()
        }
    }

    func multipleDefaults(_ clauses: [CaseClause]) {
        var first: CaseClause?
        for c in clauses where c.isDefault {
            if let f = first { error(c, "multiple defaults (first at \(fileSet.format(f.pos)))") } else { first = c }
        }
    }

    func typeSwitchStmt(_ s: TypeSwitchStmt, ctx: StmtContext) {
        if let b = s.binding, b.name == "_" {
            error(b, "no new variable on left side of :=")
        }
        var x = Operand()
        expr(&x, s.subject.x)
        if x.mode == .invalid { return }
        guard x.type.underlying is Interface else {
            error(x, "\(describe(x)) is not an interface")
            return
        }
        info.types[s.subject.id] = TypeAndValue(mode: .value, type: x.type)
        var firstDefault: CaseClause?
        var bindingVars: [Var] = []
        var seen: [(GoType?, Pos)] = []
        for c in s.clauses {
            if c.isDefault {
                if let f = firstDefault { error(c, "multiple defaults (first at \(fileSet.format(f.pos)))") } else { firstDefault = c }
            }
            var T: GoType? = nil
            var caseTypes: [GoType?] = []
            for e in c.list {
                var tv = Operand()
                if let id = unparen(e) as? Ident, id.name == "nil", lookup("nil") is Nil {
                    exprOrType(&tv, e)
                    caseTypes.append(nil)
                    if let prev = seen.first(where: { $0.0 == nil }) {
                        error(e, "multiple nil cases in type switch (first at \(fileSet.format(prev.1)))")
                    } else { seen.append((nil, startPos(e))) }
                    continue
                }
                let t = varType(e)
                caseTypes.append(t)
                if t === Universe.invalid { continue }
                if let prev = seen.first(where: { $0.0 != nil && identical($0.0!, t) }) {
                    error(e, "duplicate case \(ts(t)) in type switch\n\t\(fileSet.format(prev.1)): previous case")
                } else {
                    seen.append((t, startPos(e)))
                    typeAssertion(e, x, t, typeSwitch: true)
                }
            }
            openScope()
            if let b = s.binding, b.name != "_" {
                if caseTypes.count == 1, let t = caseTypes[0] { T = t } else { T = x.type }
                let v = Var(name: b.name, pos: b.pos, type: T, pkgPath: pkgPath)
                declare(scope, nil, v)
                info.implicits[c.id] = v
                bindingVars.append(v)
            }
            stmtList(c.body, ctx: ctx)
            // Clause variables are reported together at the binding, below.
            if let v = bindingVars.last, s.binding != nil { bindingUsed = bindingUsed || v.isUsed; v.isUsed = true }
            closeScope()
        }
        if let b = s.binding, b.name != "_" {
            // Like types2, the binding identifier itself declares nothing: each clause has its own implicit Var.
            if !bindingUsed && !bindingVars.isEmpty || (bindingVars.isEmpty && s.clauses.isEmpty) {
                error(b, "\(b.name) declared but not used")
            }
        }
        bindingUsed = false
    }

    // MARK: Select

    func selectStmt(_ s: SelectStmt, ctx: StmtContext) {
        var firstDefault: CommClause?
        for c in s.clauses {
            if c.comm == nil {
                if let f = firstDefault { error(c, "multiple defaults in select (first at \(fileSet.format(f.pos)))") } else { firstDefault = c }
            }
            var valid = c.comm == nil
            switch c.comm {
            case is SendStmt: valid = true
            case let a as AssignStmt:
                if let r = a.rhs.first, a.rhs.count == 1, let u = unparen(r) as? UnaryExpr, u.op == .arrow { valid = true }
            case let e as ExprStmt:
                if let u = unparen(e.x) as? UnaryExpr, u.op == .arrow { valid = true }
            default: break
            }
            if !valid, let comm = c.comm {
                error(comm, "select case must be send or receive (possibly with assignment)")
                continue
            }
            openScope()
            if let comm = c.comm { stmt(comm, ctx: ctx) }
            stmtList(c.body, ctx: ctx)
            closeScope()
        }
    }

    // MARK: Range

    func rangeStmt(_ s: RangeStmt, ctx: StmtContext) {
        var x = Operand()
        expr(&x, s.x)
        var key: GoType?, val: GoType?
        if x.mode != .invalid {
            var ok = true
            switch x.type.underlying {
            case let b as Basic where b.isString:
                key = Universe.basic(.int); val = Universe.rune
                if isUntyped(x.type) { convertUntyped(&x, Universe.basic(.string)) }
            case let a as ArrayT: key = Universe.basic(.int); val = a.elem
            case let sl as Slice: key = Universe.basic(.int); val = sl.elem
            case let p as Pointer:
                if let a = p.elem.underlying as? ArrayT { key = Universe.basic(.int); val = a.elem } else { ok = false }
            case let m as MapT: key = m.key; val = m.elem
            case let c as Chan:
                key = c.elem
                if c.dir == .send {
                    error(x, "invalid operation: range \(exprString(s.x)) receive from send-only channel \(describe(x))")
                    ok = false
                    key = nil
                } else if s.value != nil {
                    error(s.value!, "range over \(describe(x)) permits only one iteration variable")
                }
            default: ok = false
            }
            if !ok && key == nil {
                if !(x.type.underlying is Chan) { error(x, "cannot range over \(describe(x))") }
            }
        }
        let lhs: [Expr?] = [s.key, s.value]
        let rhs: [GoType?] = [key, val]
        if s.tok == .define {
            var vars: [Var] = []
            for (i, l) in lhs.enumerated() {
                guard let l else { continue }
                let v: Var
                if let id = l as? Ident {
                    v = Var(name: id.name, pos: id.pos, type: nil, pkgPath: pkgPath)
                    recordDef(id, v)
                    if id.name != "_" { vars.append(v) }
                } else {
                    error(l, "non-name \(exprString(l)) on left side of :=")
                    useLHS([l])
                    v = Var(name: "_", pos: l.pos, type: nil, pkgPath: pkgPath)
                }
                if let t = rhs[i] {
                    var y = Operand(mode: .value, expr: l, type: t)
                    initVar(v, &y, "range clause")
                } else {
                    v.type = Universe.invalid
                    v.isUsed = true
                }
                if let id = l as? Ident { info.types[id.id] = TypeAndValue(mode: .variable, type: v.type) }
            }
            for v in vars { declare(scope, nil, v) }
            if vars.isEmpty && (s.key != nil) {
                // `for _ = range` style with := and only blanks: gc says "no new variables".
                let allBlank = lhs.compactMap { $0 }.allSatisfy { ($0 as? Ident)?.name == "_" }
                if allBlank { error(s.pos, "no new variables on left side of :=") }
            }
        } else if s.tok == .assign {
            for (i, l) in lhs.enumerated() {
                guard let l else { continue }
                if let t = rhs[i] {
                    var y = Operand(mode: .value, expr: l, type: t)
                    assignVar(l, &y)
                } else {
                    useLHS([l])
                }
            }
        }
        stmt(s.body, ctx: ctx)
    }
}
