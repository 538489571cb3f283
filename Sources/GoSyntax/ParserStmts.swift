// Statements (spec: "Statements"); gc: parser.go simpleStmt ... stmtList.

/// `[lhs (= | :=)] range x` while parsing a for header; becomes a RangeStmt.
final class RangeClause: Stmt {
    let lhs: [Expr]
    let isDefine: Bool
    let x: Expr
    init(pos: Pos, lhs: [Expr], isDefine: Bool, x: Expr) {
        self.lhs = lhs; self.isDefine = isDefine; self.x = x; super.init(pos: pos)
    }
}

/// `x := y.(type)` while parsing a switch header; becomes a TypeSwitchStmt.
final class TypeSwitchGuard: Stmt {
    let binding: Ident
    let subject: TypeAssertExpr
    init(pos: Pos, binding: Ident, subject: TypeAssertExpr) {
        self.binding = binding; self.subject = subject; super.init(pos: pos)
    }
}

extension Parser {
    /// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    /// `keyword` is the enclosing control clause (.for permits range, .switch a type switch guard).
    func simpleStmt(_ lhsList: [Expr]?, keyword: Token?) -> Stmt {
        if keyword == .for && tok == .range {
            return rangeClause(lhs: [], isDefine: false)
        }
        let lhs = lhsList ?? exprList()
        if lhs.count == 1 && tok != .assign && tok != .define {
            let x = lhs[0]
            let p = pos
            switch tok {
            case .inc, .dec:
                let t = tok
                next()
                return IncDecStmt(pos: p, x: x, tok: t)
            case .arrow:
                next()
                return SendStmt(pos: p, chan: x, value: expr())
            default:
                if tok.assignOpBase != nil {
                    let t = tok
                    next()
                    return AssignStmt(pos: p, lhs: [x], tok: t, rhs: [expr()])
                }
                return ExprStmt(pos: x.pos, x: x)
            }
        }
        switch tok {
        case .assign, .define:
            let p = pos
            let t = tok
            next()
            if keyword == .for && tok == .range {
                return rangeClause(lhs: lhs, isDefine: t == .define)
            }
            let rhs = exprList()
            if keyword == .switch && t == .define && lhs.count == 1 && rhs.count == 1,
               let binding = lhs[0] as? Ident, let subject = rhs[0] as? TypeAssertExpr, subject.type == nil {
                return TypeSwitchGuard(pos: subject.pos, binding: binding, subject: subject)
            }
            return AssignStmt(pos: p, lhs: lhs, tok: t, rhs: rhs)
        default:
            syntaxError("expecting := or = or comma")
            advance(.semicolon, .rbrace)
            return ExprStmt(pos: lhs[0].pos, x: lhs[0])
        }
    }

    private func rangeClause(lhs: [Expr], isDefine: Bool) -> RangeClause {
        let p = pos
        next() // range
        return RangeClause(pos: p, lhs: lhs, isDefine: isDefine, x: expr())
    }

    private func labeledStmtOrNil(_ label: Ident) -> Stmt? {
        let p = pos // gc positions a labeled statement at its colon
        want(.colon)
        if tok == .rbrace {
            // A label before "}" labels an empty statement.
            return LabeledStmt(pos: p, label: label, stmt: EmptyStmt(pos: pos))
        }
        if let s = stmtOrNil() { return LabeledStmt(pos: p, label: label, stmt: s) }
        syntaxErrorAt(p, "missing statement after label")
        return nil
    }

    /// Block = "{" StatementList "}" ; `context` names the construct for errors.
    func blockStmt(_ context: String) -> BlockStmt {
        let p = pos
        if !got(.lbrace) {
            syntaxError("expecting { after " + context)
            advance(.ident, .rbrace)
            let rb = pos
            if got(.rbrace) { return BlockStmt(pos: p, list: [], rbrace: rb) }
        }
        let l = stmtList()
        let rb = pos
        want(.rbrace)
        return BlockStmt(pos: p, list: l, rbrace: rb)
    }

    private func declStmt() -> DeclStmt {
        let p = pos
        let t = tok
        next()
        let specs: [Spec]
        switch t {
        case .const: specs = constGroup()
        case .type: specs = group { self.typeSpec() }
        default: specs = group { self.varSpec() }
        }
        return DeclStmt(pos: p, decl: GenDecl(pos: p, tok: t, specs: specs))
    }

    // MARK: - Control clauses

    struct Header {
        var initStmt: Stmt?
        var cond: Expr?
        var guardStmt: TypeSwitchGuard?
        var post: Stmt?
        var range: RangeClause?
    }

    /// The clause after if, for or switch, up to (not including) "{".
    private func header(_ keyword: Token) -> Header {
        var h = Header()
        want(keyword)
        if tok == .lbrace {
            if keyword == .if {
                syntaxError("missing condition in if statement")
                h.cond = badExpr()
            }
            return h
        }
        let outer = xnest
        xnest = -1
        defer { xnest = outer }

        if tok != .semicolon {
            if got(.var) {
                syntaxError("var declaration not allowed in \(tokenString(keyword)) initializer")
            }
            h.initStmt = simpleStmt(nil, keyword: keyword)
            if let r = h.initStmt as? RangeClause {
                h.initStmt = nil
                h.range = r
                return h
            }
        }

        var condStmt: Stmt?
        var semiPos: Pos?
        var semiLit = ""
        if tok != .lbrace {
            if tok == .semicolon {
                semiPos = pos
                semiLit = lit
                next()
            } else {
                want(.lbrace) // asking for "{" rather than ";" gives a better message
                if tok != .lbrace { advance(.lbrace, .rbrace) }
            }
            if keyword == .for {
                var missingCond = false
                if tok != .semicolon {
                    if tok == .lbrace {
                        syntaxError("expecting for loop condition")
                        missingCond = true
                    } else {
                        condStmt = simpleStmt(nil, keyword: nil)
                    }
                }
                if !missingCond {
                    want(.semicolon)
                    if tok != .lbrace {
                        h.post = simpleStmt(nil, keyword: nil)
                        if let a = h.post as? AssignStmt, a.tok == .define {
                            syntaxErrorAt(a.pos, "cannot declare in post statement of for loop")
                        }
                    }
                }
            } else if tok != .lbrace {
                condStmt = simpleStmt(nil, keyword: keyword)
            }
        } else {
            condStmt = h.initStmt
            h.initStmt = nil
        }

        switch condStmt {
        case nil:
            if keyword == .if, let sp = semiPos {
                if semiLit != "semicolon" {
                    syntaxErrorAt(sp, "unexpected \(semiLit), expecting { after if clause")
                } else {
                    syntaxErrorAt(sp, "missing condition in if statement")
                }
                h.cond = BadExpr(pos: sp)
            }
        case let e as ExprStmt:
            h.cond = e.x
        case let g as TypeSwitchGuard:
            h.guardStmt = g
        case let s?:
            // A common mistake is "=" for "==": say so plainly (gc: header).
            var str: String
            if let a = s as? AssignStmt, a.tok == .assign {
                str = "assignment (\(exprListString(a.lhs))) = (\(exprListString(a.rhs)))"
            } else {
                str = simpleStmtString(s)
            }
            syntaxErrorAt(s.pos, "cannot use \(str) as value")
        }
        return h
    }

    private func ifStmt() -> IfStmt {
        let p = pos
        let h = header(.if)
        let then = blockStmt("if clause")
        var elseStmt: Stmt?
        if got(.else) {
            switch tok {
            case .if: elseStmt = ifStmt()
            case .lbrace: elseStmt = blockStmt("")
            default:
                syntaxError("else must be followed by if or statement block")
                advance(.ident, .rbrace)
            }
        }
        return IfStmt(pos: p, initStmt: h.initStmt, cond: h.cond ?? BadExpr(pos: p), body: then, elseStmt: elseStmt)
    }

    private func forStmt() -> Stmt {
        let p = pos
        let h = header(.for)
        let body = blockStmt("for clause")
        if let r = h.range {
            let range = RangeStmt(pos: p, key: r.lhs.first, value: r.lhs.count > 1 ? r.lhs[1] : nil,
                                  tok: r.lhs.isEmpty ? nil : (r.isDefine ? .define : .assign), x: r.x, body: body)
            range.extraVariables = Array(r.lhs.dropFirst(2))
            return range
        }
        return ForStmt(pos: p, initStmt: h.initStmt, cond: h.cond, post: h.post, body: body)
    }

    private func switchStmt() -> Stmt {
        let p = pos
        let h = header(.switch)
        if !got(.lbrace) {
            syntaxError("missing { after switch clause")
            advance(.case, .default, .rbrace)
        }
        var clauses: [CaseClause] = []
        while tok != .eof && tok != .rbrace { clauses.append(caseClause()) }
        let rb = pos
        want(.rbrace)
        if let g = h.guardStmt {
            return TypeSwitchStmt(pos: p, initStmt: h.initStmt, binding: g.binding, subject: g.subject, clauses: clauses)
        }
        if let ta = h.cond as? TypeAssertExpr, ta.type == nil {
            return TypeSwitchStmt(pos: p, initStmt: h.initStmt, binding: nil, subject: ta, clauses: clauses)
        }
        return SwitchStmt(pos: p, initStmt: h.initStmt, tag: h.cond, clauses: clauses, rbrace: rb)
    }

    private func caseClause() -> CaseClause {
        let p = pos
        var l: [Expr] = []
        var isDefault = false
        switch tok {
        case .case:
            next()
            l = exprList()
        case .default:
            next()
            isDefault = true
        default:
            syntaxError("expecting case or default or }")
            advance(.colon, .case, .default, .rbrace)
        }
        want(.colon)
        return CaseClause(pos: p, list: l, isDefault: isDefault, body: stmtList())
    }

    private func selectStmt() -> SelectStmt {
        let p = pos
        want(.select)
        if !got(.lbrace) {
            syntaxError("missing { after select clause")
            advance(.case, .default, .rbrace)
        }
        var clauses: [CommClause] = []
        while tok != .eof && tok != .rbrace { clauses.append(commClause()) }
        want(.rbrace)
        return SelectStmt(pos: p, clauses: clauses)
    }

    /// The checker validates the communication (send, receive, or assignment of a receive).
    private func commClause() -> CommClause {
        let p = pos
        var comm: Stmt?
        switch tok {
        case .case:
            next()
            comm = simpleStmt(nil, keyword: nil)
        case .default:
            next()
        default:
            syntaxError("expecting case or default or }")
            advance(.colon, .case, .default, .rbrace)
        }
        want(.colon)
        return CommClause(pos: p, comm: comm, body: stmtList())
    }

    /// go and defer: the operand must be a call, unparenthesized.
    private func callStmt() -> Stmt {
        let p = pos
        let t = tok
        next()
        var x = primaryExpr(nil, keepParens: tok == .lparen)
        let inner = unparen(x)
        if inner !== x {
            errorAt(x.pos, "expression in \(t.rawValue) must not be parenthesized")
            x = inner
        }
        let call: CallExpr
        if let c = x as? CallExpr {
            call = c
        } else {
            errorAt(x.pos, "expression in \(t.rawValue) must be function call")
            call = CallExpr(pos: x.pos, fun: x, args: [], hasEllipsis: false, rparen: x.pos)
        }
        return t == .go ? GoStmt(pos: p, call: call) : DeferStmt(pos: p, call: call)
    }

    // MARK: - Statement lists

    /// A statement, or nil if none starts at the current token.
    func stmtOrNil() -> Stmt? {
        let p = pos
        switch tok {
        case .ident:
            let lhs = exprList()
            if lhs.count == 1, let label = lhs[0] as? Ident, tok == .colon {
                return labeledStmtOrNil(label)
            }
            return simpleStmt(lhs, keyword: nil)
        case .var, .const, .type:
            return declStmt()
        case .lbrace:
            return blockStmt("")
        case .add, .sub, .mul, .and, .xor, .not,
             .int, .float, .imag, .char, .string, .func, .lparen,
             .lbrack, .struct, .map, .chan, .interface, .arrow:
            return simpleStmt(nil, keyword: nil)
        case .for:
            return forStmt()
        case .switch:
            return switchStmt()
        case .select:
            return selectStmt()
        case .if:
            return ifStmt()
        case .fallthrough:
            next()
            return BranchStmt(pos: p, tok: .fallthrough, label: nil)
        case .break, .continue:
            let t = tok
            next()
            var label: Ident?
            if tok == .ident { label = name() }
            return BranchStmt(pos: p, tok: t, label: label)
        case .go, .defer:
            return callStmt()
        case .goto:
            next()
            return BranchStmt(pos: p, tok: .goto, label: name())
        case .return:
            next()
            var results: [Expr] = []
            if tok != .semicolon && tok != .rbrace { results = exprList() }
            return ReturnStmt(pos: p, results: results)
        case .semicolon:
            return EmptyStmt(pos: p)
        default:
            return nil
        }
    }

    /// StatementList = { Statement ";" } .
    func stmtList() -> [Stmt] {
        var l: [Stmt] = []
        while tok != .eof && tok != .rbrace && tok != .case && tok != .default {
            guard let s = stmtOrNil() else { break }
            l.append(s)
            // ";" is optional before "}"
            if !got(.semicolon) && tok != .rbrace {
                syntaxError("at end of statement")
                advance(.semicolon, .rbrace, .case, .default)
                _ = got(.semicolon) // avoid a spurious empty statement
            }
        }
        return l
    }
}
