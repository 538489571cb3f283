import CLLVM
import GoSyntax
import GoTypes

// Select statements (spec: "Select statements"). The channel operands of
// every case, and the values to send, are evaluated once, in source
// order; runtime.selectgo (runtime/src/chan.c) then runs one ready case,
// chosen at random, or the default, or blocks until a case can run. The
// chosen receive case's variables are declared or assigned afterwards.

extension FunctionGenerator {
    func selectStmt(_ s: SelectStmt, label: String?) throws {
        let caseType = m.selectCaseType
        let comms = s.clauses.filter { $0.comm != nil }
        let cases = alloca(LLVMArrayType2(caseType, UInt64(max(comms.count, 1))), "select.cases")
        var received: [ObjectIdentifier: (elem: GoType, tmp: LLValue)] = [:]
        var sent: [(elem: GoType, tmp: LLValue, pos: Pos)] = []
        for (i, clause) in comms.enumerated() {
            let entry = b.gep(caseType, cases, [t.i64(i)])
            let (c, elemPtr, dir): (LLValue, LLValue, Int)
            if let send = clause.comm as? SendStmt {
                guard let ct = info.type(of: send.chan) else { throw InternalError(pos: send.pos, message: "untyped channel") }
                c = try expr(send.chan)
                let elem = try chanElem(ct, at: send.pos)
                elemPtr = try sendOperand(send.value, elem: elem)
                sent.append((elem, elemPtr, send.pos))
                dir = SelectCaseField.send
            } else {
                guard let recv = receiveOperand(clause.comm), let ct = info.type(of: recv.x) else {
                    throw InternalError(pos: clause.pos, message: "select case is neither a send nor a receive")
                }
                let elem = try chanElem(ct, at: recv.pos)
                c = try expr(recv.x)
                elemPtr = try elementTemporary(elem, at: recv.pos)
                received[clause.id] = (elem, elemPtr)
                dir = SelectCaseField.receive
            }
            b.store(c, b.structGEP(caseType, entry, SelectCaseField.channel))
            b.store(elemPtr, b.structGEP(caseType, entry, SelectCaseField.elem))
            b.store(t.i64(dir), b.structGEP(caseType, entry, SelectCaseField.dir))
        }
        let hasDefault = s.clauses.contains { $0.comm == nil }
        let recvOK = alloca(t.i1, "select.ok")
        let chosen: LLValue
        if comms.count == 1 && !hasDefault {
            // One case and no default is that operation itself (gc's
            // walkSelectCases), blocking as a plain send or receive does.
            let entry = b.gep(caseType, cases, [t.i64(0)])
            let c = b.load(t.heapPtr, b.structGEP(caseType, entry, SelectCaseField.channel))
            let elem = b.load(t.ptr, b.structGEP(caseType, entry, SelectCaseField.elem))
            if comms[0].comm is SendStmt {
                callRuntime(.chansend1, [c, elem])
            } else {
                let (ft, f) = m.runtime(.chanrecv2)
                b.store(b.call(ft, f, [c, elem]), recvOK)
            }
            chosen = t.i64(0)
        } else {
            let (ft, f) = m.runtime(.selectgo)
            chosen = b.call(ft, f, [cases, t.i64(comms.count), t.bool(!hasDefault), recvOK])
        }

        for (elem, tmp, pos) in sent { try clearSent(elem, at: tmp, pos) }
        let end = newBlock("select.end")
        let sw = LLVMBuildSwitch(b.b, chosen, end, UInt32(s.clauses.count))!
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: nil))
        var index = 0
        for clause in s.clauses {
            let body = newBlock(clause.comm == nil ? "select.default" : "select.case")
            LLVMAddCase(sw, t.i64(clause.comm == nil ? -1 : index), body)
            if clause.comm != nil { index += 1 }
            b.position(at: body)
            if let (elem, tmp) = received[clause.id] {
                if let assign = clause.comm as? AssignStmt {
                    let value = try takeReceived(elem, from: tmp, at: assign.pos)
                    let ok = b.load(t.i1, recvOK)
                    try assignReceived(assign, elem: elem, values: [value, ok])
                } else {
                    try clearSent(elem, at: tmp, clause.pos)
                }
            }
            try block(clause.body)
            if !b.isTerminated { b.br(end) }
        }
        targets.removeLast()
        b.position(at: end)
    }

    /// The receive expression of a select case: `<-c`, `x = <-c`, `x, ok := <-c`.
    func receiveOperand(_ comm: Stmt?) -> UnaryExpr? {
        switch comm {
        case let e as ExprStmt: return unparen(e.x) as? UnaryExpr
        case let a as AssignStmt: return a.rhs.first.flatMap { unparen($0) as? UnaryExpr }
        default: return nil
        }
    }

    /// The variables of a chosen receive case: declared (`:=`, new in the
    /// clause's scope) or assigned, the value converted to each one's type.
    private func assignReceived(_ a: AssignStmt, elem: GoType, values: [LLValue]) throws {
        for (i, l) in a.lhs.enumerated() where i < values.count {
            if let id = unparen(l) as? Ident, id.isBlank { continue }
            let target: VarSlot
            if a.tok == .define, let id = l as? Ident, let local = info.defs[id.id] as? Var {
                target = try declare(local, at: id.pos)
            } else {
                target = try address(of: l)
            }
            let v = i == 1 ? try commaOkFlag(values[i], to: target.goType, at: a.pos)
                           : try convertImplicitly(values[i], from: elem, to: target.goType, at: a.pos)
            try store(v, target)
        }
    }
}
