import GoSyntax

/// Visits every node of a file, parents before children, in source order.
enum SyntaxWalker {
    static func walk(_ file: File, _ visit: (Node) -> Void) {
        for d in file.decls { decl(d, visit) }
    }

    static func decl(_ d: Decl, _ visit: (Node) -> Void) {
        visit(d)
        switch d {
        case let f as FuncDecl: if let b = f.body { stmt(b, visit) }
        case let g as GenDecl:
            for case let v as ValueSpec in g.specs { v.values.forEach { expr($0, visit) } }
        default: break
        }
    }

    static func stmt(_ s: Stmt?, _ visit: (Node) -> Void) {
        guard let s = s else { return }
        visit(s)
        switch s {
        case let s as BlockStmt: s.list.forEach { stmt($0, visit) }
        case let s as LabeledStmt: stmt(s.stmt, visit)
        case let s as ExprStmt: expr(s.x, visit)
        case let s as SendStmt: expr(s.chan, visit); expr(s.value, visit)
        case let s as IncDecStmt: expr(s.x, visit)
        case let s as AssignStmt: (s.lhs + s.rhs).forEach { expr($0, visit) }
        case let s as GoStmt: expr(s.call, visit)
        case let s as DeferStmt: expr(s.call, visit)
        case let s as ReturnStmt: s.results.forEach { expr($0, visit) }
        case let s as DeclStmt: decl(s.decl, visit)
        case let s as IfStmt: stmt(s.initStmt, visit); expr(s.cond, visit); stmt(s.body, visit); stmt(s.elseStmt, visit)
        case let s as CaseClause: s.list.forEach { expr($0, visit) }; s.body.forEach { stmt($0, visit) }
        case let s as SwitchStmt:
            stmt(s.initStmt, visit); if let t = s.tag { expr(t, visit) }; s.clauses.forEach { stmt($0, visit) }
        case let s as TypeSwitchStmt: stmt(s.initStmt, visit); expr(s.subject, visit); s.clauses.forEach { stmt($0, visit) }
        case let s as CommClause: stmt(s.comm, visit); s.body.forEach { stmt($0, visit) }
        case let s as SelectStmt: s.clauses.forEach { stmt($0, visit) }
        case let s as ForStmt: stmt(s.initStmt, visit); if let c = s.cond { expr(c, visit) }; stmt(s.post, visit); stmt(s.body, visit)
        case let s as RangeStmt:
            if let k = s.key { expr(k, visit) }; if let v = s.value { expr(v, visit) }; expr(s.x, visit); stmt(s.body, visit)
        default: break
        }
    }

    static func expr(_ e: Expr?, _ visit: (Node) -> Void) {
        guard let e = e else { return }
        visit(e)
        switch e {
        case let f as FuncLit: stmt(f.body, visit)
        case let p as ParenExpr: expr(p.x, visit)
        case let c as CallExpr: expr(c.fun, visit); c.args.forEach { expr($0, visit) }
        case let u as UnaryExpr: expr(u.x, visit)
        case let b as BinaryExpr: expr(b.x, visit); expr(b.y, visit)
        case let s as SelectorExpr: expr(s.x, visit)
        case let i as IndexExpr: expr(i.x, visit); expr(i.index, visit)
        case let s as SliceExpr: expr(s.x, visit); expr(s.low, visit); expr(s.high, visit); expr(s.max, visit)
        case let s as StarExpr: expr(s.x, visit)
        case let t as TypeAssertExpr: expr(t.x, visit)
        case let k as KeyValueExpr: expr(k.key, visit); expr(k.value, visit)
        case let c as CompositeLit: c.elements.forEach { expr($0, visit) }
        default: break
        }
    }
}
