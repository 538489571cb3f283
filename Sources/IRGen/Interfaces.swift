import CLLVM
import GoSyntax
import GoTypes

// Interface values `{ type descriptor, data }` (runtime/include/golly/abi.h
// go_eface; the descriptors are TypeDescriptors.swift's).

extension ModuleGenerator {
    /// Boxes a value of concrete `type` into a value of interface type
    /// `iface`: the type word is T's descriptor for an empty interface, the
    /// itab of (T, iface) otherwise.
    func makeInterface(_ v: LLValue, type: GoType, to iface: GoType, at pos: Pos) throws -> LLValue {
        if let b = type.underlying as? Basic, b.kind == .untypedNil {
            return t.null(t.eface)
        }
        let word = isEmptyInterface(iface) ? try typeDescriptor(type, at: pos) : try itab(for: type, iface: iface, at: pos)
        let data: LLValue
        if isPointerShaped(type) {
            data = v
        } else {
            // gc's convT: a copy in a new object of the value's type.
            let (ft, f) = runtime(.newobject)
            data = builder.call(ft, f, [try typeDescriptor(type, at: pos)])
            if isLarge(type) {
                // v points to the value (BigAggregates.swift).
                LLVMBuildMemMove(builder.b, data, 1, v, 1, t.i64(try size(of: type, at: pos)))
            } else {
                builder.store(v, data)
            }
        }
        return builder.aggregate(t.eface, [word, data])
    }
}

/// An interface type without methods: its type word is a type descriptor,
/// not an itab.
func isEmptyInterface(_ type: GoType) -> Bool {
    (type.underlying as? Interface)?.allMethods.isEmpty ?? false
}

extension FunctionGenerator {
    /// The dynamic type of the interface value x of static type `iface`:
    /// its type word, or for a non-empty interface the type its itab
    /// records (abi.h golly_itab); null for a nil interface.
    func dynamicType(_ x: LLValue, _ iface: GoType) -> LLValue {
        let word = b.extract(x, 0, "tab")
        if isEmptyInterface(iface) { return word }
        let from = b.currentBlock
        let load = newBlock("itab.type"), end = newBlock("itab.end")
        b.condBr(b.icmp(LLVMIntEQ, word, t.null(t.ptr)), end, load)
        b.position(at: load)
        let type = b.load(t.ptr, b.structGEP(m.itabType(methods: 0), word, 1), "type")
        b.br(end)
        b.position(at: end)
        return b.phi(t.ptr, [(t.null(t.ptr), from), (type, load)])
    }

    /// Converts the interface value x from interface type `from` to `to`
    /// (assignability: every method of `to` is one of `from`'s). To an empty
    /// interface only the type word changes; otherwise the runtime finds
    /// the itab of (dynamic type, to), as gc's convI2I.
    func convertInterface(_ x: LLValue, from: GoType, to: GoType, at pos: Pos) throws -> LLValue {
        if identical(from.underlying, to.underlying) { return x }
        let type = dynamicType(x, from)
        if isEmptyInterface(to) { return b.insert(x, type, 0) }
        let (ft, f) = m.runtime(.convI2I)
        let tab = b.call(ft, f, [try m.typeDescriptor(to, at: pos), type])
        return b.insert(x, tab, 0)
    }

    /// `==`/`!=` on interface values: against nil only the type word matters;
    /// otherwise the runtime compares dynamic types and values (and panics on
    /// uncomparable ones, as gc's efaceeq does) of values of interface `type`.
    func compareInterfaces(_ op: Token, _ x: LLValue, _ y: LLValue, type: GoType, at pos: Pos) throws -> LLValue {
        let eq: LLValue
        if LLVMIsNull(y) != 0 || LLVMIsNull(x) != 0 {
            let v = LLVMIsNull(y) != 0 ? x : y
            eq = b.icmp(LLVMIntEQ, b.extract(v, 0), t.null(t.ptr))
        } else {
            let (ft, f) = m.runtime(.efaceeq)
            eq = b.call(ft, f, [dynamicType(x, type), b.extract(x, 1), dynamicType(y, type), b.extract(y, 1)])
        }
        switch op {
        case .eql: return eq
        case .neq: return LLVMBuildNot(b.b, eq, "")
        default: throw InternalError(pos: pos, message: "ordered comparison of interfaces")
        }
    }

    /// `x.(T)` (spec: "Type assertions"). Type descriptors are unique per
    /// type (linkonce_odr under one name), so a concrete T matches exactly
    /// when x's dynamic type is T's descriptor; an interface T asks the
    /// runtime for the itab. With `commaOk`, returns the LLVM pair
    /// { T value, i1 ok } instead of panicking.
    func typeAssert(_ e: TypeAssertExpr, commaOk: Bool) throws -> LLValue {
        guard let target = e.type.flatMap({ info.types[$0.id]?.type }), let xt = info.type(of: e.x) else {
            throw InternalError(pos: e.pos, message: "type assertion without type")
        }
        let x = try expr(e.x)
        let have = dynamicType(x, xt)
        if isInterface(target) {
            if isEmptyInterface(target) {
                // x.(interface{}) succeeds for any non-nil x.
                let ok = b.icmp(LLVMIntNE, have, t.null(t.ptr))
                let v = b.insert(x, have, 0)
                if commaOk {
                    return b.aggregate(t.structType([t.eface, t.i1]), [b.select(ok, v, t.null(t.eface)), ok])
                }
                // As gc's assertE2I: the message names no static type.
                try assertOrPanic(ok, have: have, want: try m.typeDescriptor(target, at: e.pos), iface: nil, at: e.pos)
                return v
            }
            let inter = try m.typeDescriptor(target, at: e.pos)
            if !commaOk {
                let (ft, f) = m.runtime(.assertE2I)
                return b.insert(x, b.call(ft, f, [inter, have]), 0)
            }
            let (ft, f) = m.runtime(.assertE2I2)
            let tab = b.call(ft, f, [inter, have])
            let ok = b.icmp(LLVMIntNE, tab, t.null(t.ptr))
            let v = b.select(ok, b.insert(x, tab, 0), t.null(t.eface))
            return b.aggregate(t.structType([t.eface, t.i1]), [v, ok])
        }
        let ty = try m.valueType(target, at: e.pos)
        let want = try m.typeDescriptor(target, at: e.pos)
        let ok = b.icmp(LLVMIntEQ, have, want)
        if !commaOk {
            try assertOrPanic(ok, have: have, want: want, iface: xt, at: e.pos)
            return try unbox(b.extract(x, 1), type: target, at: e.pos)
        }
        // Load the value only when the types match: data may be nil otherwise.
        let zero = try zeroValue(target, at: e.pos)
        let from = b.currentBlock
        let load = newBlock("assert.ok"), end = newBlock("assert.end")
        b.condBr(ok, load, end)
        b.position(at: load)
        let v = try unbox(b.extract(x, 1), type: target, at: e.pos)
        let loaded = b.currentBlock
        b.br(end)
        b.position(at: end)
        let value = b.phi(ty, [(zero, from), (v, loaded)])
        return b.aggregate(t.structType([ty, t.i1]), [value, ok])
    }

    /// The value of `type` an interface's data word holds or points to.
    func unbox(_ data: LLValue, type: GoType, at pos: Pos) throws -> LLValue {
        isPointerShaped(type) ? data : try loadValue(type, from: data, at: pos)
    }

    func assertOrPanic(_ ok: LLValue, have: LLValue, want: LLValue, iface: GoType?, at pos: Pos) throws {
        let fail = newBlock("assert.fail"), cont = newBlock("assert.cont")
        b.condBr(ok, cont, fail)
        b.position(at: fail)
        let (ft, f) = m.runtime(.panicdottype)
        _ = b.call(ft, f, [have, want, try iface.map { try m.typeDescriptor($0, at: pos) } ?? t.null(t.ptr)])
        b.unreachable()
        b.position(at: cont)
    }
}
