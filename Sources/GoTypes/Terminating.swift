import GoSyntax

// Terminating statements (spec: "Terminating statements"; types2 return.go),
// used for gc's "missing return".

extension Checker {
    func isTerminating(_ s: Stmt, label: String?) -> Bool {
        switch s {
        case is ReturnStmt: return true
        case let b as BranchStmt: return b.tok == .goto || b.tok == .fallthrough
        case let e as ExprStmt:
            if let c = unparen(e.x) as? CallExpr, let id = unparen(c.fun) as? Ident,
               let b = info.uses[id.id] as? Builtin, b.id == .panic { return true }
            return false
        case let b as BlockStmt: return isTerminatingList(b.list, label: nil)
        case let i as IfStmt:
            guard let e = i.elseStmt else { return false }
            return isTerminating(i.body, label: nil) && isTerminating(e, label: nil)
        case let sw as SwitchStmt:
            return isTerminatingSwitch(sw.clauses.map { ($0.isDefault, $0.body) }, label: label)
        case let ts as TypeSwitchStmt:
            return isTerminatingSwitch(ts.clauses.map { ($0.isDefault, $0.body) }, label: label)
        case let sel as SelectStmt:
            for c in sel.clauses {
                if !isTerminatingList(c.body, label: nil) || hasBreakList(c.body, label: label, implicit: true) { return false }
            }
            return true
        case let f as ForStmt:
            return f.cond == nil && !hasBreak(f.body, label: label, implicit: true)
        case let l as LabeledStmt:
            return isTerminating(l.stmt, label: l.label.name)
        default: return false
        }
    }

    func isTerminatingList(_ list: [Stmt], label: String?) -> Bool {
        var l = list
        while let last = l.last, last is EmptyStmt { l.removeLast() }
        guard let last = l.last else { return false }
        return isTerminating(last, label: label)
    }

    func isTerminatingSwitch(_ clauses: [(Bool, [Stmt])], label: String?) -> Bool {
        var hasDefault = false
        for (isDefault, body) in clauses {
            if isDefault { hasDefault = true }
            if !isTerminatingList(body, label: nil) || hasBreakList(body, label: label, implicit: true) { return false }
        }
        return hasDefault
    }

    /// Whether s contains a break out of the enclosing statement: unlabeled
    /// (`implicit`) breaks count unless nested in another breakable statement.
    func hasBreak(_ s: Stmt, label: String?, implicit: Bool) -> Bool {
        switch s {
        case let b as BranchStmt:
            if b.tok == .break {
                if b.label == nil { return implicit }
                return b.label?.name == label
            }
            return false
        case let l as LabeledStmt: return hasBreak(l.stmt, label: label, implicit: implicit)
        case let b as BlockStmt: return hasBreakList(b.list, label: label, implicit: implicit)
        case let i as IfStmt:
            return hasBreak(i.body, label: label, implicit: implicit) || (i.elseStmt.map { hasBreak($0, label: label, implicit: implicit) } ?? false)
        case let c as CaseClause: return hasBreakList(c.body, label: label, implicit: implicit)
        case let c as CommClause: return hasBreakList(c.body, label: label, implicit: implicit)
        case let sw as SwitchStmt:
            return label != nil && sw.clauses.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let ts as TypeSwitchStmt:
            return label != nil && ts.clauses.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let sel as SelectStmt:
            return label != nil && sel.clauses.contains { hasBreakList($0.body, label: label, implicit: false) }
        case let f as ForStmt:
            return label != nil && hasBreak(f.body, label: label, implicit: false)
        case let r as RangeStmt:
            return label != nil && hasBreak(r.body, label: label, implicit: false)
        default: return false
        }
    }

    func hasBreakList(_ list: [Stmt], label: String?, implicit: Bool) -> Bool {
        list.contains { hasBreak($0, label: label, implicit: implicit) }
    }
}
