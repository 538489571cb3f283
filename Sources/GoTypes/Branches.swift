import GoSyntax

// Labels and branch statements (spec: "Labeled statements", "Break statements",
// "Continue statements", "Goto statements", "Fallthrough statements"). gc checks
// these in its parser (cmd/compile/internal/syntax/branches.go), per function
// body and before type checking; messages and positions follow it.

extension Checker {
    func checkBranchesInFiles(_ files: [File]) {
        for f in files {
            for d in f.decls {
                guard let fd = d as? FuncDecl, let body = fd.body else { continue }
                checkBranches(body)
            }
        }
    }

    /// Checks one function body; nested function literals get their own label scope.
    func checkBranches(_ body: BlockStmt) {
        let ls = LabelScope(checker: self)
        let fwd = ls.blockBranches(parent: nil, ctxt: BranchTargets(), lstmt: nil, start: body.pos, body: body.list)
        for g in fwd {
            guard let name = g.label?.name else { continue }
            if let l = ls.labels[name] {
                l.used = true
                ls.useLabel(g.label!)
            }
        }
        // Function literals inside the body.
        for lit in ls.funcLits { checkBranches(lit.body) }
    }
}

final class BranchBlock {
    let parent: BranchBlock?
    let start: Pos
    let lstmt: LabeledStmt?
    init(parent: BranchBlock?, start: Pos, lstmt: LabeledStmt?) { self.parent = parent; self.start = start; self.lstmt = lstmt }
}

final class BranchLabel {
    let parent: BranchBlock
    let stmt: LabeledStmt
    var used = false
    let obj: Label
    init(parent: BranchBlock, stmt: LabeledStmt, obj: Label) { self.parent = parent; self.stmt = stmt; self.obj = obj }
}

struct BranchTargets {
    var breaks: Stmt? = nil          // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
    var continues: Stmt? = nil       // ForStmt or RangeStmt
    var caseIndex = -1
    var caseCount = 0
}

final class LabelScope {
    unowned let checker: Checker
    var labels: [String: BranchLabel] = [:]
    var funcLits: [FuncLit] = []
    init(checker: Checker) { self.checker = checker }

    /// The parser reports branch errors (GoSyntax/ParserBranches.swift); this pass only records Label objects.
    func err(_ pos: Pos, _ msg: String) {}

    func declare(_ b: BranchBlock, _ s: LabeledStmt) -> BranchLabel {
        let name = s.label.name
        if let alt = labels[name] {
            err(s.label.pos, "label \(name) already defined at \(checker.fileSet.format(alt.stmt.label.pos))")
            return alt
        }
        let obj = Label(name: name, pos: s.label.pos, type: Universe.invalid, pkgPath: checker.pkgPath)
        checker.recordDef(s.label, obj)
        checker.labelObjects[s.label.id] = obj
        let l = BranchLabel(parent: b, stmt: s, obj: obj)
        labels[name] = l
        return l
    }

    func gotoTarget(_ b: BranchBlock, _ name: String) -> LabeledStmt? {
        guard let l = labels[name] else { return nil }
        l.used = true
        var blk: BranchBlock? = b
        while let x = blk {
            if l.parent === x { return l.stmt }
            blk = x.parent
        }
        return nil
    }

    /// nil: undefined; .some(nil): defined but not enclosing.
    func enclosingTarget(_ b: BranchBlock, _ name: String) -> LabeledStmt?? {
        guard let l = labels[name] else { return nil }
        l.used = true
        var blk: BranchBlock? = b
        while let x = blk {
            if l.stmt === x.lstmt { return .some(l.stmt) }
            blk = x.parent
        }
        return .some(nil)
    }

    func useLabel(_ id: Ident) {
        if let l = labels[id.name] { checker.recordUse(id, l.obj); checker.labelObjects[id.id] = l.obj }
    }

    func blockBranches(parent: BranchBlock?, ctxt: BranchTargets, lstmt: LabeledStmt?, start: Pos, body: [Stmt]) -> [BranchStmt] {
        let b = BranchBlock(parent: parent, start: start, lstmt: lstmt)
        var varPos: Pos?
        var varName = ""
        var fwdGotos: [BranchStmt] = []
        var badGotos: [BranchStmt] = []
        func recordVarDecl(_ pos: Pos, _ name: String) {
            varPos = pos; varName = name
            badGotos = fwdGotos
        }
        func innerBlock(_ ctxt: BranchTargets, _ start: Pos, _ body: [Stmt], _ lstmt: LabeledStmt?) {
            fwdGotos += blockBranches(parent: b, ctxt: ctxt, lstmt: lstmt, start: start, body: body)
        }
        var list = body
        while let last = list.last, last is EmptyStmt { list.removeLast() }
        for (idx, st) in list.enumerated() {
            var s: Stmt = st
            var lstmt: LabeledStmt? = nil
            collectFuncLits(s)
            while let ls = s as? LabeledStmt {
                if ls.label.name != "_" {
                    let l = declare(b, ls)
                    var keep: [BranchStmt] = []
                    for fwd in fwdGotos {
                        if fwd.label?.name == ls.label.name {
                            l.used = true
                            if let fl = fwd.label { checker.recordUse(fl, l.obj); checker.labelObjects[fl.id] = l.obj }
                            if let vp = varPos, badGotos.contains(where: { $0 === fwd }) {
                                err(fwd.label!.pos, "goto \(ls.label.name) jumps over declaration of \(varName) at \(checker.fileSet.format(vp))")
                            }
                        } else {
                            keep.append(fwd)
                        }
                    }
                    fwdGotos = keep
                    lstmt = ls
                }
                s = ls.stmt
            }
            switch s {
            case let d as DeclStmt:
                if d.decl.tok == .var, let vs = d.decl.specs.first as? ValueSpec, let n = vs.names.first {
                    recordVarDecl(vs.pos, n.name)
                }
            case let br as BranchStmt:
                guard let label = br.label else {
                    switch br.tok {
                    case .break:
                        if ctxt.breaks == nil { err(br.pos, "break is not in a loop, switch, or select") }
                    case .continue:
                        if ctxt.continues == nil { err(br.pos, "continue is not in a loop") }
                    case .fallthrough:
                        var msg: String? = "fallthrough statement out of place"
                        if ctxt.breaks is TypeSwitchStmt {
                            msg = "cannot fallthrough in type switch"
                        } else if ctxt.breaks is SwitchStmt {
                            if ctxt.caseIndex < 0 || idx + 1 < list.count {
                            } else if ctxt.caseIndex + 1 == ctxt.caseCount {
                                msg = "cannot fallthrough final case in switch"
                            } else {
                                msg = nil
                            }
                        }
                        if let msg { err(br.pos, msg) }
                    default: break
                    }
                    continue
                }
                let name = label.name
                switch br.tok {
                case .break:
                    switch enclosingTarget(b, name) {
                    case .some(.some(let t)):
                        useLabel(label)
                        if !(t.stmt is SwitchStmt || t.stmt is TypeSwitchStmt || t.stmt is SelectStmt || t.stmt is ForStmt || t.stmt is RangeStmt) {
                            err(label.pos, "invalid break label \(name)")
                        }
                    case .some(.none):
                        useLabel(label)
                        err(label.pos, "invalid break label \(name)")
                    case .none: err(label.pos, "break label not defined: \(name)")
                    }
                case .continue:
                    switch enclosingTarget(b, name) {
                    case .some(.some(let t)):
                        useLabel(label)
                        if !(t.stmt is ForStmt || t.stmt is RangeStmt) { err(label.pos, "invalid continue label \(name)") }
                    case .some(.none):
                        useLabel(label)
                        err(label.pos, "invalid continue label \(name)")
                    case .none: err(label.pos, "continue label not defined: \(name)")
                    }
                case .goto:
                    if gotoTarget(b, name) != nil { useLabel(label) } else { fwdGotos.append(br) }
                default: break
                }
            case let a as AssignStmt where a.tok == .define:
                recordVarDecl(a.pos, a.lhs.map(exprString).joined(separator: ", "))
            case let blk as BlockStmt:
                innerBlock(BranchTargets(breaks: ctxt.breaks, continues: ctxt.continues), blk.pos, blk.list, lstmt)
            case let i as IfStmt:
                let inner = BranchTargets(breaks: ctxt.breaks, continues: ctxt.continues)
                innerBlock(inner, i.body.pos, i.body.list, lstmt)
                if let e = i.elseStmt { innerBlock(inner, e.pos, [e], lstmt) }
            case let f as ForStmt:
                innerBlock(BranchTargets(breaks: f, continues: f), f.body.pos, f.body.list, lstmt)
            case let r as RangeStmt:
                innerBlock(BranchTargets(breaks: r, continues: r), r.body.pos, r.body.list, lstmt)
            case let sw as SwitchStmt:
                for (i, c) in sw.clauses.enumerated() {
                    innerBlock(BranchTargets(breaks: sw, continues: ctxt.continues, caseIndex: i, caseCount: sw.clauses.count), c.pos, c.body, lstmt)
                }
            case let ts as TypeSwitchStmt:
                for (i, c) in ts.clauses.enumerated() {
                    innerBlock(BranchTargets(breaks: ts, continues: ctxt.continues, caseIndex: i, caseCount: ts.clauses.count), c.pos, c.body, lstmt)
                }
            case let sel as SelectStmt:
                for c in sel.clauses {
                    innerBlock(BranchTargets(breaks: sel, continues: ctxt.continues), c.pos, c.body, lstmt)
                }
            default: break
            }
        }
        return fwdGotos
    }

    /// Function literals in the statement's expressions (not in nested statements,
    /// which are visited by blockBranches itself).
    func collectFuncLits(_ s: Stmt) {
        var exprs: [Expr] = []
        switch s {
        case let e as ExprStmt: exprs = [e.x]
        case let a as AssignStmt: exprs = a.lhs + a.rhs
        case let g as GoStmt: exprs = [g.call]
        case let d as DeferStmt: exprs = [d.call]
        case let r as ReturnStmt: exprs = r.results
        case let sd as SendStmt: exprs = [sd.chan, sd.value]
        case let i as IncDecStmt: exprs = [i.x]
        case let d as DeclStmt:
            for sp in d.decl.specs { if let v = sp as? ValueSpec { exprs += v.values } }
        case let i as IfStmt:
            if let ini = i.initStmt { collectFuncLits(ini) }
            exprs = [i.cond]
            if let e = i.elseStmt, !(e is BlockStmt) && !(e is IfStmt) { collectFuncLits(e) }
        case let f as ForStmt:
            if let ini = f.initStmt { collectFuncLits(ini) }
            if let p = f.post { collectFuncLits(p) }
            exprs = f.cond.map { [$0] } ?? []
        case let r as RangeStmt: exprs = [r.x]
        case let sw as SwitchStmt:
            if let ini = sw.initStmt { collectFuncLits(ini) }
            exprs = (sw.tag.map { [$0] } ?? []) + sw.clauses.flatMap { $0.list }
        case let ts as TypeSwitchStmt:
            if let ini = ts.initStmt { collectFuncLits(ini) }
            exprs = [ts.subject.x]
        case let sel as SelectStmt:
            for c in sel.clauses { if let cm = c.comm { collectFuncLits(cm) } }
        case let l as LabeledStmt: collectFuncLits(l.stmt); return
        default: break
        }
        for e in exprs { funcLits += SyntaxWalker.funcLits(in: e) }
    }
}
