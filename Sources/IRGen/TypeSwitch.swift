import CLLVM
import GoSyntax
import GoTypes

// Type switches (spec: "Type switches"). Cases are tested in order: a
// concrete type matches when the dynamic type's descriptor is its descriptor
// (descriptors are unique per type), `nil` when there is no dynamic type,
// `interface{}` when there is one, another interface when the runtime finds
// an itab for the dynamic type. The clause's variable has the case's type
// when the clause names exactly one type, else the operand's.

extension FunctionGenerator {
    func typeSwitch(_ s: TypeSwitchStmt, label: String?) throws {
        if let i = s.initStmt { try stmt(i) }
        guard let xt = info.type(of: s.subject.x) else { throw InternalError(pos: s.pos, message: "untyped type switch") }
        let x = try expr(s.subject.x)
        let dynamicType = self.dynamicType(x, xt)
        let end = newBlock("typeswitch.end")
        let bodies = s.clauses.map { $0.isDefault ? newBlock("typeswitch.default") : newBlock("typeswitch.case") }
        var defaultBody: LLBlock?
        for (i, clause) in s.clauses.enumerated() {
            if clause.isDefault { defaultBody = bodies[i]; continue }
            for e in clause.list {
                let cond: LLValue
                if let id = unparen(e) as? Ident, info.object(of: id) is Nil {
                    cond = b.icmp(LLVMIntEQ, dynamicType, t.null(t.ptr))
                } else {
                    guard let ct = info.types[e.id]?.type else { throw InternalError(pos: e.pos, message: "untyped case") }
                    if isEmptyInterface(ct) {
                        cond = b.icmp(LLVMIntNE, dynamicType, t.null(t.ptr))
                    } else if isInterface(ct) {
                        let (ft, f) = m.runtime(.assertE2I2)
                        let tab = b.call(ft, f, [try m.typeDescriptor(ct, at: e.pos), dynamicType])
                        cond = b.icmp(LLVMIntNE, tab, t.null(t.ptr))
                    } else {
                        cond = b.icmp(LLVMIntEQ, dynamicType, try m.typeDescriptor(ct, at: e.pos))
                    }
                }
                let next = newBlock("typeswitch.next")
                b.condBr(cond, bodies[i], next)
                b.position(at: next)
            }
        }
        b.br(defaultBody ?? end)
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: nil))
        for (i, clause) in s.clauses.enumerated() {
            b.position(at: bodies[i])
            if let v = info.implicits[clause.id] as? Var {
                let slot = try declare(v, at: clause.pos)
                let caseType: GoType? = clause.list.count == 1 ? info.types[clause.list[0].id]?.type : nil
                let isNilCase = clause.list.count == 1 && (unparen(clause.list[0]) as? Ident).map { info.object(of: $0) is Nil } == true
                if let ct = caseType, !isNilCase, isInterface(ct) {
                    try store(try convertInterface(x, from: xt, to: ct, at: clause.pos), slot)
                } else if let ct = caseType, !isNilCase {
                    try store(try unbox(b.extract(x, 1), type: ct, at: clause.pos), slot)
                } else {
                    try store(x, slot)
                }
            }
            try block(clause.body)
            if !b.isTerminated { b.br(end) }
        }
        targets.removeLast()
        b.position(at: end)
    }
}
