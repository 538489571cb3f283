import CLLVM
import GoSyntax
import GoTypes

// Statements (spec: "Statements").

extension FunctionGenerator {
    func block(_ list: [Stmt]) throws {
        for s in list { try stmt(s) }
    }

    func stmt(_ s: Stmt) throws {
        ensureOpenBlock()
        if !(s is BlockStmt) { setLocation(s.pos) }
        switch s {
        case is EmptyStmt: break
        case let s as BlockStmt: try block(s.list)
        // gc's order: the statement's calls first (EvalOrder.swift).
        case let s as ExprStmt: _ = try withCallsFirst([s.x]) { try call(expression: s.x) }
        case let s as DeclStmt: try declStmt(s.decl)
        case let s as AssignStmt: try withCallsFirst(s.lhs + s.rhs) { try assign(s) }
        case let s as IncDecStmt:
            try withCallsFirst([s.x]) { try assignOp(lhs: s.x, op: s.tok == .inc ? .add : .sub, rhs: nil, at: s.pos) }
        case let s as IfStmt: try ifStmt(s)
        case let s as ForStmt: try forStmt(s, label: nil)
        case let s as SwitchStmt: try switchStmt(s, label: nil)
        case let s as LabeledStmt: try labeled(s)
        case let s as BranchStmt: try branch(s)
        case let s as ReturnStmt: try withCallsFirst(s.results) { try returnStmt(s) }
        case let s as DeferStmt: try deferStmt(s)
        case let s as GoStmt: try goStmt(s)
        case let s as RangeStmt: try rangeStmt(s, label: nil)
        case let s as TypeSwitchStmt: try typeSwitch(s, label: nil)
        case let s as SelectStmt: try selectStmt(s, label: nil)
        case let s as SendStmt: try withCallsFirst([s.chan, s.value]) { try send(s) }
        default: throw InternalError(pos: s.pos, message: "unexpected statement \(type(of: s))")
        }
    }

    // MARK: Declarations

    func declStmt(_ d: GenDecl) throws {
        guard d.tok == .var else { return }     // const and type declarations generate no code
        // Each spec of a group is a declaration of its own, its calls first
        // (`var ( a = f(); b = g(a) )`: g's argument needs a; map.go).
        for case let spec as ValueSpec in d.specs {
            try withCallsFirst(spec.values) { try varSpec(spec) }
        }
    }

    func varSpec(_ spec: ValueSpec) throws {
        let vars = spec.names.map { info.defs[$0.id] as? Var }
        if spec.values.isEmpty {
            for v in vars.compactMap({ $0 }) { try declare(v, at: spec.pos) }
            return
        }
        if vars.count == 1, spec.values.count == 1, let v = vars[0], let lit = largeLiteral(spec.values[0], v.type) {
            let slot = try declare(v, at: spec.pos)
            try storeLiteral(lit, of: v.type ?? Universe.invalid, into: slot.address)
            return
        }
        if vars.count == 1, spec.values.count == 1, let v = vars[0],
           let src = try largeSource(spec.values[0], assignedTo: v.type) {
            let slot = try declare(v, at: spec.pos)
            copyBytes(slot.address, src, try m.size(of: slot.goType, at: spec.pos))
            return
        }
        // Evaluate every initializer before declaring: `var x = x` refers to an outer x.
        let values = try exprList(spec.values, types: vars.map { v in v?.type as GoType? })
        for (v, value) in zip(vars, values) {
            guard let v = v, v.name != "_" else { continue }
            let s = try declare(v, at: spec.pos)
            try store(value, s)
        }
    }

    // MARK: Assignment

    func assign(_ s: AssignStmt) throws {
        if let op = s.tok.assignOpBase {
            try assignOp(lhs: s.lhs[0], op: op, rhs: s.rhs[0], at: s.pos)
            return
        }
        if s.tok == .define, s.lhs.count == 1, s.rhs.count == 1, let id = s.lhs[0] as? Ident,
           let v = info.defs[id.id] as? Var, let lit = largeLiteral(s.rhs[0], v.type) {
            let slot = try declare(v, at: id.pos)
            try storeLiteral(lit, of: v.type ?? Universe.invalid, into: slot.address)
            return
        }
        // `_ = x` of a variable has no effect to compile (and x may be too
        // large to load as a value).
        if s.lhs.count == s.rhs.count, zip(s.lhs, s.rhs).allSatisfy({ l, r in
            (unparen(l) as? Ident)?.isBlank == true && (unparen(r) as? Ident).map { info.object(of: $0) is Var } == true
        }) {
            return
        }
        // Spec "Assignments": the operands on the left (index expressions,
        // pointer indirections) and the expressions on the right are evaluated
        // first, then the assignments happen left to right.
        var targets: [AssignTarget?] = []
        var lhsTypes: [GoType?] = []
        for l in s.lhs {
            if let id = unparen(l) as? Ident, id.isBlank {
                targets.append(nil); lhsTypes.append(nil); continue
            }
            if s.tok == .define, let id = l as? Ident, let v = info.defs[id.id] as? Var {
                targets.append(nil)     // declared after the right side is evaluated
                lhsTypes.append(v.type)
                continue
            }
            if let ix = unparen(l) as? IndexExpr, let xt = info.type(of: ix.x), xt.underlying is MapT {
                targets.append(.mapEntry(try mapEntry(ix, type: xt)))
            } else {
                targets.append(.slot(try address(of: l)))
            }
            lhsTypes.append(info.type(of: l))
        }
        if s.lhs.count == 1, s.rhs.count == 1, let first = targets[0], case .slot(let target) = first,
           let src = try largeSource(s.rhs[0], assignedTo: lhsTypes[0]) {
            copyBytes(target.address, src, try m.size(of: target.goType, at: s.pos))
            return
        }
        if s.lhs.count == 1, s.rhs.count == 1, s.tok == .define, let id = s.lhs[0] as? Ident,
           let v = info.defs[id.id] as? Var, !id.isBlank, let src = try largeSource(s.rhs[0], assignedTo: lhsTypes[0]) {
            copyBytes(try declare(v, at: id.pos).address, src, try m.size(of: v.type ?? Universe.invalid, at: s.pos))
            return
        }
        let values = try exprList(s.rhs, types: lhsTypes)
        for (i, l) in s.lhs.enumerated() {
            if s.tok == .define, let id = l as? Ident, let v = info.defs[id.id] as? Var, !id.isBlank {
                let slot = try declare(v, at: id.pos)
                try store(values[i], slot)
            } else {
                switch targets[i] {
                case .slot(let slot)?: try store(values[i], slot)
                case .mapEntry(let entry)?: try store(values[i], into: entry)
                case nil: break
                }
            }
        }
    }

    /// `x op= y`, `x++`, `x--`: x is evaluated once (spec: "Assignments").
    func assignOp(lhs: Expr, op: Token, rhs: Expr?, at pos: Pos) throws {
        guard let type = info.type(of: lhs) else { throw InternalError(pos: pos, message: "untyped assignment target") }
        if let ix = unparen(lhs) as? IndexExpr, let mapType = info.type(of: ix.x), mapType.underlying is MapT {
            // `m[k] op= y` is `m[k] = m[k] op y` with m and k evaluated
            // once: the entry is made only once y and the operation did
            // not panic (walk/assign.go; fixedbugs/issue22881.go).
            let entry = try mapEntry(ix, type: mapType)
            let (ft, f) = m.runtime(.mapaccess1)
            let old = try loadValue(entry.elem, from: b.call(ft, f, [entry.desc, entry.map, entry.key]), at: pos)
            let result = try binary(op, old, try rhs.map { try expr($0) } ?? (try one(of: type, at: pos)),
                                    xType: type, yType: rhs.flatMap { info.type(of: $0) } ?? type, at: pos)
            try store(result, into: entry)
            return
        }
        let target = try address(of: lhs)
        let old = try load(target)
        let y: LLValue
        let yType: GoType
        if let rhs = rhs {
            y = try expr(rhs)
            yType = info.type(of: rhs) ?? type
        } else {
            y = try one(of: type, at: pos)
            yType = type
        }
        let result = try binary(op, old, y, xType: type, yType: yType, at: pos)
        try store(result, target)
    }

    func one(of type: GoType, at pos: Pos) throws -> LLValue {
        let ty = try m.lower(type, at: pos)
        if isFloat(type) { return LLVMConstReal(ty, 1) }
        if isComplex(type) { return m.complexConstant(.complex(.from(1.0), .from(0.0)), kind: (type.underlying as? Basic)?.kind ?? .complex128) }
        return t.constInt(ty, 1)
    }

    /// The storage an assignable expression denotes.
    func address(of e: Expr) throws -> VarSlot {
        switch e {
        case let p as ParenExpr: return try address(of: p.x)
        case let sel as SelectorExpr where qualifiedIdent(sel) != nil: return try address(of: sel.sel)
        case let id as Ident:
            guard let v = info.object(of: id) as? Var else { throw InternalError(pos: e.pos, message: "assignment to non-variable \(id.name)") }
            return try slot(of: v, at: id.pos)
        case let s as StarExpr:
            guard let ty = info.type(of: s) else { throw InternalError(pos: e.pos, message: "untyped dereference") }
            return VarSlot(address: try pointer(s.x), type: try m.lower(ty, at: s.pos), goType: ty)
        case let ix as IndexExpr:
            if let xt = info.type(of: ix.x), xt.underlying is MapT { return try mapElementSlot(ix, type: xt) }
            if let slot = try elementAddress(ix) { return slot }
            throw Unsupported(e.pos, "indexed assignment")
        case let sel as SelectorExpr:
            if let selection = info.selections[sel.id], selection.kind == .fieldVal {
                return try fieldAddress(sel, selection)
            }
            throw InternalError(pos: e.pos, message: "assignment to a selector that is not a field")
        default: throw InternalError(pos: e.pos, message: "not assignable")
        }
    }

    // MARK: Control flow

    func ifStmt(_ s: IfStmt) throws {
        if let i = s.initStmt { try stmt(i) }
        let cond = try withCallsFirst([s.cond]) { try expr(s.cond) }
        let then = newBlock("if.then"), end = newBlock("if.end")
        let els = s.elseStmt == nil ? end : newBlock("if.else")
        b.condBr(cond, then, els)
        b.position(at: then)
        try block(s.body.list)
        if !b.isTerminated { b.br(end) }
        if let e = s.elseStmt {
            b.position(at: els)
            try stmt(e)
            if !b.isTerminated { b.br(end) }
        }
        b.position(at: end)
    }

    func forStmt(_ s: ForStmt, label: String?) throws {
        if let i = s.initStmt { try stmt(i) }
        let cond = newBlock("for.cond"), body = newBlock("for.body")
        let post = newBlock("for.post"), end = newBlock("for.end")
        b.br(cond)
        b.position(at: cond)
        if let c = s.cond {
            b.condBr(try expr(c), body, end)
        } else {
            b.br(body)
        }
        b.position(at: body)
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: post))
        try block(s.body.list)
        targets.removeLast()
        if !b.isTerminated { b.br(post) }
        b.position(at: post)
        if let p = s.post { try stmt(p) }
        preemptionCheck()
        if !b.isTerminated { b.br(cond) }
        b.position(at: end)
    }

    /// Expression switches (spec: "Expression switches"): cases are tested top to
    /// bottom, left to right; `default` runs only if none matches.
    func switchStmt(_ s: SwitchStmt, label: String?) throws {
        if let i = s.initStmt { try stmt(i) }
        var tag: LLValue? = nil
        var tagType: GoType? = nil
        if let te = s.tag {
            tag = try withCallsFirst([te]) { try expr(te) }
            tagType = info.type(of: te)
        }
        let end = newBlock("switch.end")
        let bodies = s.clauses.map { $0.isDefault ? newBlock("switch.default") : newBlock("switch.case") }
        var defaultBody: LLBlock? = nil
        for (i, clause) in s.clauses.enumerated() {
            if clause.isDefault { defaultBody = bodies[i]; continue }
            for e in clause.list {
                let cond: LLValue
                if let tag = tag, let tagType = tagType {
                    let v = try expr(e, convertedTo: tagType)
                    cond = try compare(.eql, tag, v, type: tagType, at: e.pos)
                } else if let caseType = info.type(of: e), !isBoolean(caseType) {
                    // A missing tag is `true`, compared as any tag is:
                    // `switch { case i: }` with i an interface tests i == true.
                    let truth = try convertImplicitly(self.t.bool(true), from: Universe.basic(.bool), to: caseType, at: e.pos)
                    cond = try compare(.eql, truth, try expr(e), type: caseType, at: e.pos)
                } else {
                    cond = try expr(e)
                }
                let next = newBlock("switch.next")
                b.condBr(cond, bodies[i], next)
                b.position(at: next)
            }
        }
        b.br(defaultBody ?? end)
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: nil))
        // A switch in a clause's body gives the clause's own `fallthrough`
        // its target back when it ends (fmt's printValue).
        let enclosing = fallthroughTarget
        defer { fallthroughTarget = enclosing }
        for (i, clause) in s.clauses.enumerated() {
            b.position(at: bodies[i])
            // `fallthrough` (the clause's last statement, perhaps labeled)
            // continues with the next clause's body.
            fallthroughTarget = i + 1 < bodies.count ? bodies[i + 1] : end
            try block(clause.body)
            if !b.isTerminated { b.br(end) }
        }
        targets.removeLast()
        b.position(at: end)
    }

    func labeled(_ s: LabeledStmt) throws {
        let block = labelBlock(s.label.name)
        if !b.isTerminated { b.br(block) }
        b.position(at: block)
        switch s.stmt {
        case let f as ForStmt: try forStmt(f, label: s.label.name)
        case let r as RangeStmt: try rangeStmt(r, label: s.label.name)
        case let ts as TypeSwitchStmt: try typeSwitch(ts, label: s.label.name)
        case let sw as SwitchStmt: try switchStmt(sw, label: s.label.name)
        case let sel as SelectStmt: try selectStmt(sel, label: s.label.name)
        default: try stmt(s.stmt)
        }
    }

    func labelBlock(_ name: String) -> LLBlock {
        if let bb = labelBlocks[name] { return bb }
        let bb = newBlock("label." + name)
        labelBlocks[name] = bb
        return bb
    }

    func branch(_ s: BranchStmt) throws {
        switch s.tok {
        case .goto:
            guard let l = s.label else { throw InternalError(pos: s.pos, message: "goto without label") }
            b.br(labelBlock(l.name))
        case .break:
            let target = s.label == nil ? targets.last : targets.last { $0.label == s.label?.name }
            guard let bt = target else { throw InternalError(pos: s.pos, message: "break outside loop") }
            b.br(bt.breakBlock)
        case .continue:
            let target = targets.last { $0.continueBlock != nil && (s.label == nil || $0.label == s.label?.name) }
            guard let bt = target, let c = bt.continueBlock else { throw InternalError(pos: s.pos, message: "continue outside loop") }
            b.br(c)
        case .fallthrough:
            guard let target = fallthroughTarget else { throw InternalError(pos: s.pos, message: "misplaced fallthrough") }
            b.br(target)
        default:
            throw InternalError(pos: s.pos, message: "unexpected branch \(s.tok)")
        }
    }

    func returnStmt(_ s: ReturnStmt) throws {
        let types = signature.results.vars.map { $0.type as GoType? }
        if s.results.count == 1, types.count == 1, let src = try largeSource(s.results[0], assignedTo: types[0]) {
            let slot = resultSlots[0]
            copyBytes(slot.address, src, try m.size(of: slot.goType, at: s.pos), volatile: slot.isVolatile)
            try emitReturn(values: [], at: s.pos)
            return
        }
        let values = try exprList(s.results, types: types)
        try emitReturn(values: values, at: s.pos)
    }
}


/// The left side of one assignment, evaluated before the right side.
enum AssignTarget {
    case slot(VarSlot)
    case mapEntry(MapEntry)
}
