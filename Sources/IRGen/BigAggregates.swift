import CLLVM
import GoSyntax
import GoTypes

// Structs and arrays larger than 64 KiB live only in memory: they can be
// declared, zeroed, indexed, addressed and pointed to, but not handled as
// values (copied, compared, passed, returned, boxed), because LLVM expands
// a first-class aggregate value element by element, which for a large
// array takes forever. Such uses are reported as unsupported: a check of
// each generated function finds any LLVM value of a large aggregate type,
// so none can slip through to LLVM.

/// Aggregates larger than this are not handled as values yet.
let maxValueBytes = 1 << 16

extension ModuleGenerator {
    /// Whether LLVM values of `ty` are too large to compile.
    func isLargeAggregate(_ ty: LLType) -> Bool {
        let kind = LLVMGetTypeKind(ty)
        guard kind == LLVMStructTypeKind || kind == LLVMArrayTypeKind else { return false }
        return target.size(of: ty) > maxValueBytes
    }

    /// Checks every function of the module; a closure or wrapper is blamed
    /// on the declaration whose name prefixes its own (`main.f.func1`).
    func checkLargeAggregates() {
        var positions: [String: Pos] = [:]
        for decl in info.funcs {
            if let name = try? linkName(of: decl) { positions[name] = decl.pos }
        }
        // Compiler-made functions (itab wrappers) name no declaration: one
        // of them is reported, without a position, only if no declared
        // function is (the declaration that needs it is then reported).
        var unplaced: Unsupported?
        let before = diagnostics.count
        var fn = LLVMGetFirstFunction(module)
        while let f = fn {
            let name = String(cString: LLVMGetValueName(f))
            var pos = Pos.none
            for (declName, p) in positions where name == declName || name.hasPrefix(declName + ".") {
                pos = p
            }
            if pos == .none {
                do { try checkLargeAggregates(in: f, at: pos) } catch let u as Unsupported { unplaced = unplaced ?? u } catch {}
            } else {
                record { try checkLargeAggregates(in: f, at: pos) }
            }
            fn = LLVMGetNextFunction(f)
        }
        if diagnostics.count == before, let u = unplaced { record { throw u } }
    }

    /// Reports a use of a large aggregate as a value in `fn` (see above).
    func checkLargeAggregates(in fn: LLValue, at pos: Pos) throws {
        var block = LLVMGetFirstBasicBlock(fn)
        while let bb = block {
            var inst = LLVMGetFirstInstruction(bb)
            while let i = inst {
                var large = isLargeAggregate(LLVMTypeOf(i))
                if LLVMIsAStoreInst(i) != nil, let v = LLVMGetOperand(i, 0) { large = large || isLargeAggregate(LLVMTypeOf(v)) }
                if large { throw Unsupported(pos, "copying values of arrays or structs larger than \(maxValueBytes) bytes") }
                inst = LLVMGetNextInstruction(i)
            }
            block = LLVMGetNextBasicBlock(bb)
        }
    }
}

extension FunctionGenerator {
    /// Whether values of `type` must stay in memory (larger than maxValueBytes).
    func isLarge(_ type: GoType?, at pos: Pos) -> Bool {
        guard let type, type.underlying is Struct || type.underlying is ArrayT,
              let ty = try? m.lower(type, at: pos) else { return false }
        return m.isLargeAggregate(ty)
    }

    /// The composite literal `e` of large type T, if `e` is one: written in
    /// place by `initialize` rather than built as a value.
    func largeLiteral(_ e: Expr, _ type: GoType?) -> CompositeLit? {
        guard let lit = unparen(e) as? CompositeLit, isLarge(type, at: e.pos) else { return nil }
        return lit
    }

    /// Stores the composite literal `lit` of struct or array `type` into
    /// zeroed memory at `address`, one element at a time; an element that
    /// is itself a large literal is written in place too.
    func storeLiteral(_ lit: CompositeLit, of type: GoType, into address: LLValue) throws {
        let ty = try m.lower(type, at: lit.pos)
        var index = 0
        for el in lit.elements {
            var valueExpr = el
            var elemType: GoType
            switch type.underlying {
            case let s as Struct:
                if let kv = el as? KeyValueExpr, let key = kv.key as? Ident, let field = info.object(of: key) as? Var,
                   let fi = s.fields.firstIndex(where: { $0 === field }) {
                    index = fi
                    valueExpr = kv.value
                }
                elemType = s.fields[index].type ?? Universe.invalid
            case let a as ArrayT:
                if let kv = el as? KeyValueExpr, let k = info.value(of: kv.key) {
                    index = Int(Int64(bitPattern: k.int64Bits))
                    valueExpr = kv.value
                }
                elemType = a.elem
            default:
                throw InternalError(pos: lit.pos, message: "large literal of type \(type)")
            }
            let slot = b.gep(ty, address, [t.i64(0), t.i32(index)])
            if let inner = unparen(valueExpr) as? CompositeLit, isLarge(elemType, at: inner.pos) {
                try storeLiteral(inner, of: elemType, into: slot)
            } else if let inner = valueExpr as? CompositeLit, inner.type == nil {
                b.store(try compositeLiteral(inner), slot)
            } else {
                b.store(try expr(valueExpr, convertedTo: elemType), slot)
            }
            index += 1
        }
    }

    /// An addressable large value converted to an interface: copied into
    /// its box by memmove (gc's convT) instead of through a value.
    func boxLarge(_ e: Expr, _ type: GoType, to iface: GoType) throws -> LLValue {
        let src = try address(of: e).address
        nilCheck(src)
        let box = try newObject(type, at: e.pos, "box")
        memmove(box, src, t.i64(try m.size(of: type, at: e.pos)))
        let word = isEmptyInterface(iface) ? try m.typeDescriptor(type, at: e.pos) : try m.itab(for: type, iface: iface, at: e.pos)
        return b.aggregate(t.eface, [word, box])
    }
}
