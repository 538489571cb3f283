import CLLVM
import GoSyntax
import GoTypes

// Structs and arrays (spec: "Struct types", "Array types", "Composite
// literals", "Selectors", "Index expressions"). Values of these types are
// LLVM aggregates: copying one copies the value, as Go requires. Addressable
// operands (variables, fields and elements of addressable operands, pointer
// indirections) are reached through their addresses, so that a field can be
// assigned in place and read without copying the whole value.

/// Arrays larger than this are not lowered: beyond any real memory.
let maxArrayBytes = 1 << 40

extension ModuleGenerator {
    /// A struct's fields in order. As in gc (types.CalcSize; GoTypes
    /// Sizes.sizeof), a struct whose last field has size zero gets a byte
    /// of padding after it, so that the field's address stays inside the
    /// object; field i is element i either way.
    func lowerStruct(_ s: Struct, at pos: Pos) throws -> LLType {
        var fields = try s.fields.map { try lower($0.type, at: pos) }
        if let last = s.fields.last, Sizes.sizeof(last.type) == 0, Sizes.sizeof(s) > 0 { fields.append(t.i8) }
        return t.structType(fields)
    }

    func lowerArray(_ a: ArrayT, at pos: Pos) throws -> LLType {
        let elem = try lower(a.elem, at: pos)
        let (bytes, overflow) = Int(max(a.len, 0)).multipliedReportingOverflow(by: target.size(of: elem))
        guard !overflow, bytes <= maxArrayBytes else {
            throw Unsupported(pos, "arrays larger than \(maxArrayBytes) bytes")
        }
        return LLVMArrayType2(elem, UInt64(max(a.len, 0)))
    }
}

extension FunctionGenerator {
    /// Whether `e` denotes a memory location whose address `address(of:)`
    /// gives: the checker's addressable operands (spec: "Address operators").
    func isAddressable(_ e: Expr) -> Bool {
        info.types[unparen(e).id]?.mode == .variable
    }

    // MARK: Selectors

    /// The address of the field `sel` selects, following embedded fields and
    /// dereferencing (nil-checked) embedded pointers along the way.
    func fieldAddress(_ sel: SelectorExpr, _ selection: Selection) throws -> VarSlot {
        let (slot, _) = try fieldAddress(sel, path: selection.index)
        return slot
    }

    /// The address and Go type of the field at `path` from `sel.x`.
    func fieldAddress(_ sel: SelectorExpr, path: [Int]) throws -> (VarSlot, GoType) {
        guard let xt = info.type(of: sel.x) else { throw InternalError(pos: sel.pos, message: "untyped selector operand") }
        var (address, type) = try baseAddress(sel.x, xt, at: sel.pos)
        for (step, i) in path.enumerated() {
            guard let s = type.underlying as? Struct, i < s.fields.count else {
                throw InternalError(pos: sel.pos, message: "bad field path")
            }
            let sty = try m.lower(s, at: sel.pos)
            address = b.structGEP(sty, address, i)
            type = s.fields[i].type
            if step < path.count - 1, let p = type.underlying as? Pointer {
                let ptr = b.load(t.heapPtr, address)
                nilCheck(ptr)
                address = ptr
                type = p.elem
            }
        }
        return (VarSlot(address: address, type: try m.lower(type, at: sel.pos), goType: type), type)
    }

    /// The receiver argument of a call of the method `sel` selects: x, or the
    /// embedded field (path minus its last step) that holds a promoted method,
    /// then adjusted as `receiver(_:for:at:)` does.
    func methodReceiver(_ sel: SelectorExpr, _ selection: Selection, recvType: GoType) throws -> LLValue {
        if selection.index.count <= 1 { return try receiver(sel.x, for: recvType, at: sel.pos) }
        let (slot, fieldType) = try fieldAddress(sel, path: Array(selection.index.dropLast()))
        let wantsPointer = recvType.underlying is Pointer
        if fieldType.underlying is Pointer {
            let p = try load(slot)
            if wantsPointer { return p }
            nilCheck(p)
            return try loadValue(recvType, from: p, at: sel.pos)
        }
        if wantsPointer { return try heapAddress(slot.address, at: sel.pos) }
        return try load(slot)
    }

    /// The address and type of the struct a selector starts from: x itself if
    /// addressable, the pointee if x is a pointer, else a temporary copy.
    private func baseAddress(_ x: Expr, _ xt: GoType, at pos: Pos) throws -> (LLValue, GoType) {
        if let p = xt.underlying as? Pointer { return (try pointer(x), p.elem) }
        if isAddressable(x) { return (try address(of: x).address, xt) }
        let v = try expr(x)
        if isLarge(xt, at: pos) { return (v, xt) }      // already in memory of its own
        let tmp = alloca(LLVMTypeOf(v), "tmp")
        b.store(v, tmp)
        return (tmp, xt)
    }

    func fieldValue(_ sel: SelectorExpr, _ selection: Selection) throws -> LLValue {
        let slot = try fieldAddress(sel, selection)
        return try load(slot)
    }

    // MARK: Arrays

    /// The address of `a[i]` for an array (or pointer to array) operand, with gc's bounds check.
    func elementAddress(_ e: IndexExpr) throws -> VarSlot? {
        guard let xt = info.type(of: e.x)?.underlying else { return nil }
        let array: ArrayT
        let base: LLValue
        if let p = xt as? Pointer, let a = p.elem.underlying as? ArrayT {
            array = a
            base = try pointer(e.x)
        } else if let a = xt as? ArrayT {
            array = a
            if isAddressable(e.x) {
                base = try address(of: e.x).address
            } else if isLarge(xt, at: e.pos) {
                base = try expr(e.x)        // already in memory of its own
            } else {
                let v = try expr(e.x)
                base = alloca(LLVMTypeOf(v), "tmp")
                b.store(v, base)
            }
        } else if xt is Slice, let st = info.type(of: e.x) {
            return try sliceElementAddress(e, st)
        } else {
            return nil
        }
        let i = try indexValue(e.index)
        if !(info.value(of: e.index) != nil && array.len > 0) {
            try boundsCheck(i, len: t.i64(Int(array.len)), index: e.index)
        }
        let aty = try m.lower(array, at: e.pos)
        let elem = try m.lower(array.elem, at: e.pos)
        return VarSlot(address: b.gep(aty, base, [t.i64(0), i]), type: elem, goType: array.elem)
    }

    // MARK: Composite literals

    func compositeLiteral(_ lit: CompositeLit) throws -> LLValue {
        guard let type = info.type(of: lit) else { throw InternalError(pos: lit.pos, message: "untyped composite literal") }
        // `&T{...}`, or an element of type *T written as `{...}`: a new object.
        if let p = type.underlying as? Pointer {
            let obj = try newObject(p.elem, at: lit.pos, "lit")
            if isLarge(p.elem, at: lit.pos) {
                try storeLiteral(lit, of: p.elem, into: obj)
            } else {
                b.store(try aggregate(lit, of: p.elem), obj)
            }
            return obj
        }
        if isLarge(type, at: lit.pos) {
            let tmp = try zeroLarge(type, at: lit.pos)
            try storeLiteral(lit, of: type, into: tmp)
            return tmp
        }
        return try aggregate(lit, of: type)
    }

    func aggregate(_ lit: CompositeLit, of type: GoType) throws -> LLValue {
        let ty = try m.lower(type, at: lit.pos)
        var v = t.null(ty)
        switch type.underlying {
        case let s as Struct:
            for (i, el) in lit.elements.enumerated() {
                var index = i
                var valueExpr = el
                if let kv = el as? KeyValueExpr {
                    guard let key = kv.key as? Ident, let field = info.object(of: key) as? Var,
                          let fi = s.fields.firstIndex(where: { $0 === field }) else {
                        throw InternalError(pos: kv.pos, message: "unknown field in struct literal")
                    }
                    index = fi
                    valueExpr = kv.value
                }
                let fv = try element(valueExpr, of: s.fields[index].type)
                // A blank field's value is evaluated, never stored: the
                // field stays zero (gc, fixedbugs/issue31546.go).
                if s.fields[index].name != "_" { v = b.insert(v, fv, index) }
            }
        case let a as ArrayT:
            var index = 0
            for el in lit.elements {
                var valueExpr = el
                if let kv = el as? KeyValueExpr {
                    guard let k = info.value(of: kv.key) else { throw InternalError(pos: kv.pos, message: "non-constant array index") }
                    index = Int(Int64(bitPattern: k.int64Bits))
                    valueExpr = kv.value
                }
                v = b.insert(v, try element(valueExpr, of: a.elem), index)
                index += 1
            }
        case is Slice: return try sliceLiteral(lit, type: type)
        case is MapT: return try mapLiteral(lit, type: type)
        default: throw InternalError(pos: lit.pos, message: "composite literal of type \(type)")
        }
        return v
    }

    /// An element of a composite literal; one with an elided type is itself a literal.
    private func element(_ e: Expr, of type: GoType) throws -> LLValue {
        if let inner = e as? CompositeLit, inner.type == nil { return try compositeLiteral(inner) }
        return try expr(e, convertedTo: type)
    }

    // MARK: Comparison

    /// `==` on structs and arrays: every field or element equal (spec:
    /// "Comparison operators"), compared in order. gc stops at the first
    /// unequal one, which matters where a later comparison could panic (an
    /// interface holding an uncomparable value): then each step branches.
    func compareAggregates(_ x: LLValue, _ y: LLValue, type: GoType, at pos: Pos) throws -> LLValue {
        if isLarge(type, at: pos) {
            // Values in memory: the runtime compares them in the same order.
            let (ft, f) = m.runtime(.typeequal)
            return b.call(ft, f, [try m.typeDescriptor(type, at: pos), x, y])
        }
        var parts: [(Int, GoType)] = []
        switch type.underlying {
        case let s as Struct:
            parts = s.fields.enumerated().filter { $0.element.name != "_" }.map { ($0.offset, $0.element.type ?? Universe.invalid) }
        case let a as ArrayT:
            parts = (0..<Int(max(a.len, 0))).map { ($0, a.elem) }
        default:
            throw InternalError(pos: pos, message: "aggregate comparison of \(type)")
        }
        guard containsInterface(type), !parts.isEmpty else {
            var result = t.bool(true)
            for (i, pt) in parts {
                result = b.and(result, try compare(.eql, b.extract(x, i), b.extract(y, i), type: pt, at: pos))
            }
            return result
        }
        let end = newBlock("eq.end")
        var incoming: [(LLValue, LLBlock)] = []
        for (k, (i, pt)) in parts.enumerated() {
            let eq = try compare(.eql, b.extract(x, i), b.extract(y, i), type: pt, at: pos)
            if k == parts.count - 1 {
                incoming.append((eq, b.currentBlock))
                b.br(end)
            } else {
                let next = newBlock("eq.next")
                incoming.append((t.bool(false), b.currentBlock))
                b.condBr(eq, next, end)
                b.position(at: next)
            }
        }
        b.position(at: end)
        return b.phi(t.i1, incoming)
    }

    /// Whether comparing values of `type` compares interface values.
    func containsInterface(_ type: GoType) -> Bool {
        switch type.underlying {
        case is Interface: return true
        case let a as ArrayT: return containsInterface(a.elem)
        case let s as Struct: return s.fields.contains { containsInterface($0.type ?? Universe.invalid) }
        default: return false
        }
    }
}
