import CLLVM
import GoSyntax
import GoTypes

// Channels (spec: "Channel types", "Send statements", "Receive operator",
// "Close", "Select statements") on the runtime's channels (runtime/include/
// golly/chan.h). Elements cross by address: a value to send is stored in
// a temporary first, a received one is loaded from the temporary the
// runtime filled. A channel value is a pointer to its header (nil: a nil
// channel), so == and printing treat it as a pointer.

extension ModuleGenerator {
    /// gc's types.CalcSize rejects a channel type whose elements are 64 KB
    /// or more (chan.go's maxElemSize), where a variable of it is declared
    /// or a channel of it is made; once per type, where its size is first
    /// needed.
    func checkChannelElement(_ type: GoType?, at pos: Pos) {
        guard let c = type?.underlying as? Chan, let size = try? size(of: c.elem, at: pos), size >= 1 << 16,
              tooLargeChannels.insert(typeString(c, qualified: true)).inserted else { return }
        report(Diagnostic(pos, "channel element type too large (>64kB)"))
    }
}

extension FunctionGenerator {
    func chanElem(_ type: GoType, at pos: Pos) throws -> GoType {
        guard let c = type.underlying as? Chan else { throw InternalError(pos: pos, message: "not a channel: \(type)") }
        return c.elem
    }

    /// make(chan T[, size]).
    func makeChan(_ c: CallExpr, type: GoType) throws -> LLValue {
        m.checkChannelElement(type, at: c.pos)
        let size = c.args.count > 1 ? try indexValue(c.args[1]) : t.i64(0)
        let (ft, f) = m.runtime(.makechan)
        return b.call(ft, f, [try m.typeDescriptor(type, at: c.pos), size])
    }

    /// Memory holding one element of type `elem`: the value itself for a
    /// large one (BigAggregates.swift), else a frame slot.
    func elementTemporary(_ elem: GoType, at pos: Pos) throws -> LLValue {
        if isLarge(elem, at: pos) { return LLVMBuildAddrSpaceCast(b.b, try largeTemporary(elem, at: pos), t.ptr, "")! }
        let slot = alloca(try m.lower(elem, at: pos), "chan.elem")
        zero(slot, try m.lower(elem, at: pos))
        return slot
    }

    /// The value received into a temporary, which is cleared then: the
    /// collector scans the frame slot at every later call of the function
    /// (docs/DESIGN.md §7), and the received value must die with the
    /// variable it went to (gc's test/fixedbugs/issue15281.go).
    func takeReceived(_ elem: GoType, from tmp: LLValue, at pos: Pos) throws -> LLValue {
        let v = try loadValue(elem, from: tmp, at: pos)
        if !isLarge(elem, at: pos), try !m.pointerWords(of: elem, at: pos).isEmpty {
            zero(tmp, try m.lower(elem, at: pos))
        }
        return v
    }

    /// Clears the frame slot a sent value was passed in, once the runtime
    /// copied it (see takeReceived).
    func clearSent(_ elem: GoType, at address: LLValue, _ pos: Pos) throws {
        guard !isLarge(elem, at: pos), try !m.pointerWords(of: elem, at: pos).isEmpty else { return }
        zero(address, try m.lower(elem, at: pos))
    }

    /// The address of a value to send, converted to the element type.
    func sendOperand(_ value: Expr, elem: GoType) throws -> LLValue {
        inMemory(try expr(value, convertedTo: elem), of: elem, at: value.pos, "chan.send")
    }

    /// `c <- v`: the channel, then the value, are evaluated first (spec).
    func send(_ s: SendStmt) throws {
        guard let ct = info.type(of: s.chan) else { throw InternalError(pos: s.pos, message: "untyped channel") }
        let c = try expr(s.chan)
        let elem = try chanElem(ct, at: s.pos)
        let p = try sendOperand(s.value, elem: elem)
        callRuntime(.chansend1, [c, p])
        try clearSent(elem, at: p, s.pos)
    }

    /// `<-c` as a value.
    func receive(_ u: UnaryExpr) throws -> LLValue {
        guard let ct = info.type(of: u.x) else { throw InternalError(pos: u.pos, message: "untyped channel") }
        let elem = try chanElem(ct, at: u.pos)
        let c = try expr(u.x)
        let tmp = try elementTemporary(elem, at: u.pos)
        callRuntime(.chanrecv1, [c, tmp])
        return try takeReceived(elem, from: tmp, at: u.pos)
    }

    /// `v, ok := <-c` as the pair { T, i1 }.
    func receiveCommaOk(_ u: UnaryExpr) throws -> LLValue {
        guard let ct = info.type(of: u.x) else { throw InternalError(pos: u.pos, message: "untyped channel") }
        let elem = try chanElem(ct, at: u.pos)
        let c = try expr(u.x)
        let tmp = try elementTemporary(elem, at: u.pos)
        let (ft, f) = m.runtime(.chanrecv2)
        let ok = b.call(ft, f, [c, tmp])
        let v = try takeReceived(elem, from: tmp, at: u.pos)
        return b.aggregate(t.structType([LLVMTypeOf(v), t.i1]), [v, ok])
    }

    /// `for v := range c`: receives until c is closed and drained.
    func rangeChan(_ s: RangeStmt, _ type: GoType, label: String?) throws {
        let elem = try chanElem(type, at: s.pos)
        let c = try expr(s.x)
        // The one iteration variable is in the key position (spec).
        let vars = try iterationTargets(s)
        let tmp = try elementTemporary(elem, at: s.pos)
        let header = newBlock("chanrange.recv"), body = newBlock("chanrange.body"), end = newBlock("chanrange.end")
        b.br(header)
        b.position(at: header)
        let (ft, f) = m.runtime(.chanrecv2)
        b.condBr(b.call(ft, f, [c, tmp]), body, end)
        b.position(at: body)
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: header))
        if s.key != nil {
            try assignIteration(s, vars, key: try takeReceived(elem, from: tmp, at: s.pos)) { nil }
        }
        try block(s.body.list)
        targets.removeLast()
        if !b.isTerminated { b.br(header) }
        b.position(at: end)
    }

    /// close(c), len(c), cap(c).
    func closeChan(_ c: CallExpr) throws {
        callRuntime(.closechan, [try expr(c.args[0])])
    }

    func chanLenOrCap(_ id: BuiltinID, _ v: LLValue) -> LLValue {
        let (ft, f) = m.runtime(id == .len ? .chanlen : .chancap)
        return b.call(ft, f, [v])
    }
}
