// Labels, break/continue/goto/fallthrough placement (spec: "Label scopes",
// "Break statements", "Continue statements", "Goto statements",
// "Fallthrough statements"). gc checks these while parsing, per function
// body (cmd/compile/internal/syntax/branches.go, CheckBranches mode); so do we,
// with gc's messages.

extension Parser {
    func checkBranches(_ body: BlockStmt) {
        let scope = LabelScope(parser: self)
        let forward = scope.block(parent: nil, targets: BranchTargets(), labeled: nil, start: body.pos, body.list)
        for g in forward {
            guard let label = g.label else { continue }
            if let l = scope.labels[label.name] {
                l.used = true // avoid "defined and not used"
                errorAt(label.pos, "goto \(label.name) jumps into block starting at \(format(l.parent.start))")
            } else {
                errorAt(label.pos, "label \(label.name) not defined")
            }
        }
        for l in scope.order where !l.used {
            errorAt(l.stmt.label.pos, "label \(l.stmt.label.name) defined and not used")
        }
    }

    func format(_ p: Pos) -> String { "\(path):\(p.line):\(p.column)" }
}

private final class LabelInfo {
    let parent: BranchBlock
    let stmt: LabeledStmt
    var used = false
    init(parent: BranchBlock, stmt: LabeledStmt) { self.parent = parent; self.stmt = stmt }
}

private final class BranchBlock {
    let parent: BranchBlock?
    let start: Pos
    let labeled: LabeledStmt?
    init(parent: BranchBlock?, start: Pos, labeled: LabeledStmt?) {
        self.parent = parent; self.start = start; self.labeled = labeled
    }
}

/// What unlabeled break/continue/fallthrough may refer to at a point.
private struct BranchTargets {
    var breaks: Stmt?        // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
    var continues: Stmt?     // ForStmt or RangeStmt
    var caseIndex = -1       // index of the enclosing switch's clause, or -1
    var caseCount = 0
}

private final class LabelScope {
    unowned let parser: Parser
    var labels: [String: LabelInfo] = [:]
    var order: [LabelInfo] = []
    init(parser: Parser) { self.parser = parser }

    func err(_ p: Pos, _ msg: String) { parser.errorAt(p, msg) }

    func declare(_ b: BranchBlock, _ s: LabeledStmt) -> LabelInfo {
        if let alt = labels[s.label.name] {
            err(s.label.pos, "label \(s.label.name) already defined at \(parser.format(alt.stmt.label.pos))")
            return alt
        }
        let l = LabelInfo(parent: b, stmt: s)
        labels[s.label.name] = l
        order.append(l)
        return l
    }

    /// The labeled statement a goto can jump to backwards (declared in b or an enclosing block).
    func gotoTarget(_ b: BranchBlock, _ name: String) -> LabeledStmt? {
        guard let l = labels[name] else { return nil }
        l.used = true
        var cur: BranchBlock? = b
        while let c = cur {
            if l.parent === c { return l.stmt }
            cur = c.parent
        }
        return nil
    }

    enum Enclosing { case none, invalid, found(LabeledStmt) }

    /// The enclosing labeled statement named by break/continue.
    func enclosingTarget(_ b: BranchBlock, _ name: String) -> Enclosing {
        guard let l = labels[name] else { return .none }
        l.used = true
        var cur: BranchBlock? = b
        while let c = cur {
            if l.stmt === c.labeled { return .found(l.stmt) }
            cur = c.parent
        }
        return .invalid
    }

    /// Checks one block; returns the gotos still looking for a later label.
    func block(parent: BranchBlock?, targets ctxt: BranchTargets, labeled: LabeledStmt?, start: Pos, _ body: [Stmt]) -> [BranchStmt] {
        let b = BranchBlock(parent: parent, start: start, labeled: labeled)
        var varPos: Pos?
        var varName = ""
        var forward: [BranchStmt] = []
        var badGotos: [BranchStmt] = []

        func recordVarDecl(_ p: Pos, _ name: String) {
            varPos = p
            varName = name
            badGotos = forward
        }
        func inner(_ t: BranchTargets, _ lstmt: LabeledStmt?, _ start: Pos, _ list: [Stmt]) {
            forward += block(parent: b, targets: t, labeled: lstmt, start: start, list)
        }

        var list = body
        while let last = list.last, last is EmptyStmt { list.removeLast() }
        for (index, s0) in list.enumerated() {
            var stmt = s0
            var lstmt: LabeledStmt?
            while let ls = stmt as? LabeledStmt {
                if ls.label.name != "_" {
                    let l = declare(b, ls)
                    forward.removeAll { g in
                        guard g.label?.name == ls.label.name else { return false }
                        l.used = true
                        if let vp = varPos, badGotos.contains(where: { $0 === g }) {
                            err(g.label!.pos, "goto \(ls.label.name) jumps over declaration of \(varName) at \(parser.format(vp))")
                        }
                        return true
                    }
                    lstmt = ls
                }
                stmt = ls.stmt
            }
            switch stmt {
            case let d as DeclStmt:
                if d.decl.tok == .var, let v = d.decl.specs.first as? ValueSpec, let n = v.names.first {
                    recordVarDecl(v.pos, n.name)
                }
            case let br as BranchStmt:
                branch(br, b, ctxt, isLast: index + 1 == list.count, forward: &forward)
            case let a as AssignStmt:
                if a.tok == .define { recordVarDecl(a.pos, exprListString(a.lhs)) }
            case let blk as BlockStmt:
                inner(BranchTargets(breaks: ctxt.breaks, continues: ctxt.continues), lstmt, blk.pos, blk.list)
            case let i as IfStmt:
                let t = BranchTargets(breaks: ctxt.breaks, continues: ctxt.continues)
                inner(t, lstmt, i.body.pos, i.body.list)
                if let e = i.elseStmt { inner(t, lstmt, e.pos, [e]) }
            case let f as ForStmt:
                inner(BranchTargets(breaks: f, continues: f), lstmt, f.body.pos, f.body.list)
            case let r as RangeStmt:
                inner(BranchTargets(breaks: r, continues: r), lstmt, r.body.pos, r.body.list)
            case let sw as SwitchStmt:
                for (i, cc) in sw.clauses.enumerated() {
                    inner(BranchTargets(breaks: sw, continues: ctxt.continues, caseIndex: i, caseCount: sw.clauses.count),
                          lstmt, cc.pos, cc.body)
                }
            case let sw as TypeSwitchStmt:
                for (i, cc) in sw.clauses.enumerated() {
                    inner(BranchTargets(breaks: sw, continues: ctxt.continues, caseIndex: i, caseCount: sw.clauses.count),
                          lstmt, cc.pos, cc.body)
                }
            case let sel as SelectStmt:
                for cc in sel.clauses {
                    inner(BranchTargets(breaks: sel, continues: ctxt.continues), lstmt, cc.pos, cc.body)
                }
            default:
                break
            }
        }
        return forward
    }

    private func branch(_ s: BranchStmt, _ b: BranchBlock, _ ctxt: BranchTargets, isLast: Bool, forward: inout [BranchStmt]) {
        guard let label = s.label else {
            switch s.tok {
            case .break:
                if ctxt.breaks == nil { err(s.pos, "break is not in a loop, switch, or select") }
            case .continue:
                if ctxt.continues == nil { err(s.pos, "continue is not in a loop") }
            case .fallthrough:
                var msg: String? = "fallthrough statement out of place"
                if ctxt.breaks is TypeSwitchStmt {
                    msg = "cannot fallthrough in type switch"
                } else if ctxt.breaks is SwitchStmt && ctxt.caseIndex >= 0 && isLast {
                    msg = ctxt.caseIndex + 1 == ctxt.caseCount ? "cannot fallthrough final case in switch" : nil
                }
                if let m = msg { err(s.pos, m) }
            default:
                break
            }
            return
        }
        let name = label.name
        switch s.tok {
        case .break:
            switch enclosingTarget(b, name) {
            case .found(let t):
                if !(t.stmt is SwitchStmt || t.stmt is TypeSwitchStmt || t.stmt is SelectStmt
                     || t.stmt is ForStmt || t.stmt is RangeStmt) {
                    err(label.pos, "invalid break label \(name)")
                }
            case .invalid:
                err(label.pos, "invalid break label \(name)")
            case .none:
                err(label.pos, "break label not defined: \(name)")
            }
        case .continue:
            switch enclosingTarget(b, name) {
            case .found(let t):
                if !(t.stmt is ForStmt || t.stmt is RangeStmt) { err(label.pos, "invalid continue label \(name)") }
            case .invalid:
                err(label.pos, "invalid continue label \(name)")
            case .none:
                err(label.pos, "continue label not defined: \(name)")
            }
        case .goto:
            if gotoTarget(b, name) == nil { forward.append(s) }
        default:
            break
        }
    }
}
