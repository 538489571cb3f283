import GoSyntax

/// Finds the labels of a function body that a `goto` written after them
/// targets: the heads of unstructured loops (gc: escape.walkFunc marks them
/// `looping`). Function literals are not entered; their labels are their own.
enum LabelScan {
    static func loopingLabels(in body: BlockStmt) -> Set<String> {
        var seen: Set<String> = []
        var looping: Set<String> = []
        func visit(_ s: Stmt) {
            switch s {
            case let s as LabeledStmt:
                seen.insert(s.label.name)
                visit(s.stmt)
            case let s as BranchStmt:
                if s.tok == .goto, let l = s.label, seen.contains(l.name) { looping.insert(l.name) }
            case let s as BlockStmt: s.list.forEach(visit)
            case let s as IfStmt:
                if let i = s.initStmt { visit(i) }
                visit(s.body)
                if let e = s.elseStmt { visit(e) }
            case let s as ForStmt:
                if let i = s.initStmt { visit(i) }
                visit(s.body)
            case let s as RangeStmt: visit(s.body)
            case let s as SwitchStmt: s.clauses.forEach { $0.body.forEach(visit) }
            case let s as TypeSwitchStmt: s.clauses.forEach { $0.body.forEach(visit) }
            case let s as SelectStmt: s.clauses.forEach { $0.body.forEach(visit) }
            default: break
            }
        }
        body.list.forEach(visit)
        return looping
    }
}

/// The outermost function literals inside an expression, in source order.
enum FuncLitFinder {
    static func literals(in e: Expr) -> [FuncLit] {
        var out: [FuncLit] = []
        func visit(_ e: Expr?) {
            guard let e = e else { return }
            switch e {
            case let f as FuncLit: out.append(f)
            case let p as ParenExpr: visit(p.x)
            case let c as CallExpr: visit(c.fun); c.args.forEach(visit)
            case let u as UnaryExpr: visit(u.x)
            case let b as BinaryExpr: visit(b.x); visit(b.y)
            case let s as SelectorExpr: visit(s.x)
            case let i as IndexExpr: visit(i.x); visit(i.index)
            case let s as SliceExpr: visit(s.x); visit(s.low); visit(s.high); visit(s.max)
            case let s as StarExpr: visit(s.x)
            case let t as TypeAssertExpr: visit(t.x)
            case let k as KeyValueExpr: visit(k.key); visit(k.value)
            case let c as CompositeLit: c.elements.forEach(visit)
            default: break
            }
        }
        visit(e)
        return out
    }
}
