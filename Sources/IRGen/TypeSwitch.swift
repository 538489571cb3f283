import CLLVM
import GoSyntax
import GoTypes

// Type switches on empty interfaces (spec: "Type switches"). Cases are tested
// in order: a concrete type matches when the dynamic type's descriptor is its
// descriptor (descriptors are unique per type), `nil` when there is no
// dynamic type, `interface{}` when there is one. The clause's variable has
// the case's type when the clause names exactly one type, else the
// operand's.

extension FunctionGenerator {
    func typeSwitch(_ s: TypeSwitchStmt, label: String?) throws {
        if let i = s.initStmt { try stmt(i) }
        guard let xt = info.type(of: s.subject.x) else { throw InternalError(pos: s.pos, message: "untyped type switch") }
        guard let iface = xt.underlying as? Interface, iface.allMethods.isEmpty else {
            throw Unsupported(s.pos, "type switches on non-empty interfaces")
        }
        let x = try expr(s.subject.x)
        let dynamicType = b.extract(x, 0)
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
                    if let ci = ct.underlying as? Interface {
                        guard ci.allMethods.isEmpty else { throw Unsupported(e.pos, "type switch cases of non-empty interface types") }
                        cond = b.icmp(LLVMIntNE, dynamicType, t.null(t.ptr))
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
                if let ct = caseType, !(ct.underlying is Interface), !(unparen(clause.list[0]) is Ident && info.object(of: unparen(clause.list[0]) as! Ident) is Nil) {
                    b.store(try unbox(b.extract(x, 1), type: ct, llvmType: try m.lower(ct, at: clause.pos)), slot)
                } else {
                    b.store(x, slot)
                }
            }
            try block(clause.body)
            if !b.isTerminated { b.br(end) }
        }
        targets.removeLast()
        b.position(at: end)
    }
}
