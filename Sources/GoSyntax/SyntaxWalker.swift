/// The one walk over declarations, statements and value expressions (not
/// type expressions) that the analyses share: parents before children, in
/// source order. A `Visit` gets each node and its parent (nil for a
/// top-level declaration) and says whether to enter the node's children, so
/// a caller can stop at function literals or nested statements.
public enum SyntaxWalker {
    public typealias Visit = (Node, Node?) -> Bool

    /// Every node of a file.
    public static func walk(_ file: File, _ visit: (Node) -> Void) {
        walkWithParents(file) { node, _ in visit(node) }
    }

    public static func walkWithParents(_ file: File, _ visit: (Node, Node?) -> Void) {
        for d in file.decls { decl(d, nil) { visit($0, $1); return true } }
    }

    /// Every node of a statement (and the statements and expressions in it).
    public static func walk(_ s: Stmt, parent: Node? = nil, _ visit: Visit) {
        stmt(s, parent, visit)
    }

    /// Every node of an expression (function literals' bodies included).
    public static func walk(_ e: Expr, parent: Node? = nil, _ visit: Visit) {
        expr(e, parent, visit)
    }

    /// The outermost function literals in `e`, in source order.
    public static func funcLits(in e: Expr) -> [FuncLit] {
        var found: [FuncLit] = []
        expr(e, nil) { node, _ in
            guard let lit = node as? FuncLit else { return true }
            found.append(lit)
            return false
        }
        return found
    }

    static func decl(_ d: Decl, _ parent: Node?, _ visit: Visit) {
        guard visit(d, parent) else { return }
        switch d {
        case let f as FuncDecl: if let b = f.body { stmt(b, f, visit) }
        case let g as GenDecl:
            for case let v as ValueSpec in g.specs where visit(v, g) {
                v.names.forEach { expr($0, v, visit) }
                v.values.forEach { expr($0, v, visit) }
            }
        default: break
        }
    }

    static func stmt(_ s: Stmt?, _ parent: Node?, _ visit: Visit) {
        guard let s = s, visit(s, parent) else { return }
        switch s {
        case let s as BlockStmt: s.list.forEach { stmt($0, s, visit) }
        case let l as LabeledStmt: stmt(l.stmt, l, visit)
        case let e as ExprStmt: expr(e.x, e, visit)
        case let st as SendStmt: expr(st.chan, st, visit); expr(st.value, st, visit)
        case let i as IncDecStmt: expr(i.x, i, visit)
        case let a as AssignStmt: (a.lhs + a.rhs).forEach { expr($0, a, visit) }
        case let g as GoStmt: expr(g.call, g, visit)
        case let d as DeferStmt: expr(d.call, d, visit)
        case let r as ReturnStmt: r.results.forEach { expr($0, r, visit) }
        case let d as DeclStmt: decl(d.decl, d, visit)
        case let i as IfStmt:
            stmt(i.initStmt, i, visit); expr(i.cond, i, visit); stmt(i.body, i, visit); stmt(i.elseStmt, i, visit)
        case let c as CaseClause: c.list.forEach { expr($0, c, visit) }; c.body.forEach { stmt($0, c, visit) }
        case let sw as SwitchStmt:
            stmt(sw.initStmt, sw, visit); if let t = sw.tag { expr(t, sw, visit) }; sw.clauses.forEach { stmt($0, sw, visit) }
        case let ts as TypeSwitchStmt:
            stmt(ts.initStmt, ts, visit); expr(ts.subject, ts, visit); ts.clauses.forEach { stmt($0, ts, visit) }
        case let c as CommClause: stmt(c.comm, c, visit); c.body.forEach { stmt($0, c, visit) }
        case let sel as SelectStmt: sel.clauses.forEach { stmt($0, sel, visit) }
        case let f as ForStmt:
            stmt(f.initStmt, f, visit); if let c = f.cond { expr(c, f, visit) }; stmt(f.post, f, visit); stmt(f.body, f, visit)
        case let r as RangeStmt:
            if let k = r.key { expr(k, r, visit) }; if let v = r.value { expr(v, r, visit) }
            expr(r.x, r, visit); stmt(r.body, r, visit)
        default: break
        }
    }

    static func expr(_ e: Expr?, _ parent: Node?, _ visit: Visit) {
        guard let e = e, visit(e, parent) else { return }
        switch e {
        case let f as FuncLit: stmt(f.body, f, visit)
        case let p as ParenExpr: expr(p.x, p, visit)
        case let c as CallExpr: expr(c.fun, c, visit); c.args.forEach { expr($0, c, visit) }
        case let u as UnaryExpr: expr(u.x, u, visit)
        case let b as BinaryExpr: expr(b.x, b, visit); expr(b.y, b, visit)
        case let s as SelectorExpr: expr(s.x, s, visit)
        case let i as IndexExpr: expr(i.x, i, visit); expr(i.index, i, visit)
        case let s as SliceExpr: expr(s.x, s, visit); expr(s.low, s, visit); expr(s.high, s, visit); expr(s.max, s, visit)
        case let s as StarExpr: expr(s.x, s, visit)
        case let t as TypeAssertExpr: expr(t.x, t, visit)
        case let k as KeyValueExpr: expr(k.key, k, visit); expr(k.value, k, visit)
        case let c as CompositeLit: c.elements.forEach { expr($0, c, visit) }
        default: break
        }
    }
}
