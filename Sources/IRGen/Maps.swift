import CLLVM
import GoSyntax
import GoTypes

// Maps (spec: "Map types", "Index expressions", "Deletion of map elements",
// "For statements with range clause"), implemented by the runtime's hash map
// (runtime/include/golly/map.h). Keys and values cross by address; the map
// type's descriptor tells the runtime how to hash and compare keys.

extension FunctionGenerator {
    func mapTypes(_ type: GoType, at pos: Pos) throws -> (MapT, LLValue) {
        guard let mt = type.underlying as? MapT else { throw InternalError(pos: pos, message: "not a map: \(type)") }
        return (mt, try m.typeDescriptor(type, at: pos))
    }

    /// A key in memory, converted to the map's key type.
    func keyAddress(_ key: Expr, _ mt: MapT) throws -> LLValue {
        inMemory(try expr(key, convertedTo: mt.key), of: mt.key, at: key.pos, "map.key")
    }

    /// The key of a map read, evaluated last: `m[string(b)]` shares b's
    /// bytes (TransientStrings.swift).
    func lookupKeyAddress(_ key: Expr, _ mt: MapT) throws -> LLValue {
        guard isString(mt.key), let s = try transientString(key) else { return try keyAddress(key, mt) }
        return inMemory(s, of: mt.key, at: key.pos, "map.key")
    }

    /// make(map[K]V[, hint]).
    func makeMap(_ c: CallExpr, type: GoType) throws -> LLValue {
        let (_, desc) = try mapTypes(type, at: c.pos)
        let hint = c.args.count > 1 ? try indexValue(c.args[1]) : t.i64(0)
        let (ft, f) = m.runtime(.makemap)
        return b.call(ft, f, [desc, hint])
    }

    /// `map[K]V{k: v, ...}`.
    func mapLiteral(_ lit: CompositeLit, type: GoType) throws -> LLValue {
        let (mt, desc) = try mapTypes(type, at: lit.pos)
        let (ft, f) = m.runtime(.makemap)
        let mapValue = b.call(ft, f, [desc, t.i64(lit.elements.count)])
        for case let kv as KeyValueExpr in lit.elements {
            let k: LLValue
            if let inner = kv.key as? CompositeLit, inner.type == nil {
                k = inMemory(try compositeLiteral(inner), of: mt.key, at: inner.pos, "map.key")
            } else {
                k = try keyAddress(kv.key, mt)
            }
            let v: LLValue
            if let inner = kv.value as? CompositeLit, inner.type == nil { v = try compositeLiteral(inner) } else {
                v = try expr(kv.value, convertedTo: mt.elem)
            }
            let (aft, af) = m.runtime(.mapassign)
            try storeValue(v, of: mt.elem, to: b.call(aft, af, [desc, mapValue, k]), at: kv.pos)
        }
        return mapValue
    }

    /// `m[k]` as a value: the zero value for an absent key or a nil map.
    func mapIndex(_ e: IndexExpr, type: GoType) throws -> LLValue {
        let (mt, desc) = try mapTypes(type, at: e.pos)
        let mapValue = try expr(e.x)
        let k = try lookupKeyAddress(e.index, mt)
        let (ft, f) = m.runtime(.mapaccess1)
        let p = b.call(ft, f, [desc, mapValue, k])
        return try loadValue(mt.elem, from: p, at: e.pos)
    }

    /// `v, ok := m[k]` as the pair { V, i1 }.
    func mapIndexCommaOk(_ e: IndexExpr, type: GoType) throws -> LLValue {
        let (mt, desc) = try mapTypes(type, at: e.pos)
        let elem = try m.valueType(mt.elem, at: e.pos)
        let mapValue = try expr(e.x)
        let k = try lookupKeyAddress(e.index, mt)
        let (ft, f) = m.runtime(.mapaccess2)
        let p = b.call(ft, f, [desc, mapValue, k])
        let ok = b.icmp(LLVMIntNE, p, t.null(t.heapPtr))
        let zero = try zeroValue(mt.elem, at: e.pos)
        let from = b.currentBlock
        let load = newBlock("map.found"), done = newBlock("map.done")
        b.condBr(ok, load, done)
        b.position(at: load)
        let v = try loadValue(mt.elem, from: p, at: e.pos)
        let found = b.currentBlock
        b.br(done)
        b.position(at: done)
        let value = b.phi(elem, [(zero, from), (v, found)])
        return b.aggregate(t.structType([elem, t.i1]), [value, ok])
    }

    /// `m[k]` on the left of `=`: m and k are evaluated with the other
    /// operands (spec: "Assignment statements", phase one), the entry is
    /// made when the value is stored (phase two), so that calls on the
    /// right that grow or shrink m do not leave a stale slot.
    func mapEntry(_ e: IndexExpr, type: GoType) throws -> MapEntry {
        let (mt, desc) = try mapTypes(type, at: e.pos)
        let mapValue = try expr(e.x)
        return MapEntry(desc: desc, map: mapValue, key: try keyAddress(e.index, mt), elem: mt.elem, pos: e.pos)
    }

    func store(_ v: LLValue, into entry: MapEntry) throws {
        let (ft, f) = m.runtime(.mapassign)
        try storeValue(v, of: entry.elem, to: b.call(ft, f, [entry.desc, entry.map, entry.key]), at: entry.pos)
    }

    /// The storage of `m[k]` as an assignment target (inserting k).
    func mapElementSlot(_ e: IndexExpr, type: GoType) throws -> VarSlot {
        let (mt, desc) = try mapTypes(type, at: e.pos)
        let mapValue = try expr(e.x)
        let k = try keyAddress(e.index, mt)
        let (ft, f) = m.runtime(.mapassign)
        return VarSlot(address: b.call(ft, f, [desc, mapValue, k]), type: try m.lower(mt.elem, at: e.pos), goType: mt.elem)
    }

    /// delete(m, k).
    func mapDelete(_ c: CallExpr) throws {
        // delete(f()) spreads a call of two results (spec: "Calls").
        if c.args.count == 1, let tuple = info.type(of: c.args[0]) as? Tuple, tuple.count == 2 {
            let (mt, desc) = try mapTypes(tuple[0], at: c.pos)
            let values = try exprList(c.args, types: [tuple[0], mt.key])
            let k = inMemory(values[1], of: mt.key, at: c.pos, "map.key")
            callRuntime(.mapdelete, [desc, values[0], k])
            return
        }
        guard let type = info.type(of: c.args[0]) else { throw InternalError(pos: c.pos, message: "untyped delete") }
        let (mt, desc) = try mapTypes(type, at: c.pos)
        let mapValue = try expr(c.args[0])
        let k = try keyAddress(c.args[1], mt)
        callRuntime(.mapdelete, [desc, mapValue, k])
    }

    /// len(m): the header's count, 0 for a nil map.
    func mapLen(_ mapValue: LLValue) -> LLValue {
        let isNil = b.icmp(LLVMIntEQ, mapValue, t.null(t.heapPtr))
        let from = b.currentBlock
        let load = newBlock("maplen.load"), done = newBlock("maplen.done")
        b.condBr(isNil, done, load)
        b.position(at: load)
        let count = b.load(t.i64, mapValue)
        b.br(done)
        b.position(at: done)
        return b.phi(t.i64, [(t.i64(0), from), (count, load)])
    }

    /// `for k, v := range m` with the runtime's iterator.
    func rangeMap(_ s: RangeStmt, _ type: GoType, label: String?, assign: (LLValue, @escaping () throws -> LLValue?) throws -> Void) throws {
        let (mt, desc) = try mapTypes(type, at: s.pos)
        let mapValue = try expr(s.x)
        let iterType = m.mapIteratorType
        let iter = alloca(iterType, "map.iter")
        callRuntime(.mapiterinit, [desc, mapValue, iter])
        let header = newBlock("maprange.cond"), body = newBlock("maprange.body")
        let post = newBlock("maprange.post"), end = newBlock("maprange.end")
        b.br(header)
        b.position(at: header)
        let keyPtr = b.load(t.heapPtr, b.structGEP(iterType, iter, MapIteratorField.key))
        b.condBr(b.icmp(LLVMIntEQ, keyPtr, t.null(t.heapPtr)), end, body)
        b.position(at: body)
        targets.append(BranchTarget(label: label, breakBlock: end, continueBlock: post))
        let k = try loadValue(mt.key, from: keyPtr, at: s.pos)
        try assign(k) { [self] in
            try loadValue(mt.elem, from: b.load(t.heapPtr, b.structGEP(iterType, iter, MapIteratorField.elem)), at: s.pos)
        }
        try block(s.body.list)
        targets.removeLast()
        if !b.isTerminated { b.br(post) }
        b.position(at: post)
        callRuntime(.mapiternext, [iter])
        b.br(header)
        b.position(at: end)
    }
}

/// A map entry to assign, its map and key already evaluated.
struct MapEntry {
    let desc: LLValue
    let map: LLValue
    let key: LLValue
    let elem: GoType
    let pos: Pos
}
