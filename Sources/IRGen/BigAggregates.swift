import CLLVM
import GoSyntax
import GoTypes

// Structs and arrays larger than 1 KiB are values that live in memory.
// LLVM expands a first-class aggregate value element by element, which for
// a large array takes forever (a 36 KB array as a map key took minutes at
// -O2), so an SSA value of such a type is a pointer
// (`ptr addrspace(1)`) to memory that holds it and that nothing else writes
// while the value is in use: reading a variable copies it into a temporary
// (`a, b = b, a` must see the old values), storing copies the bytes in,
// comparing calls the runtime's typed equality. Temporaries are frame slots
// (each expression has its own, consumed within its statement) or, past
// gc's stack variable limit, heap objects; results are returned in a fresh
// heap object, since the callee's frame is gone when the caller reads them,
// and deferred calls keep their arguments in heap objects. Arguments are
// pointers to the caller's temporaries; the callee copies each into its
// own variable. As a safety net a check of each generated function reports
// any LLVM value of a large aggregate type that still slipped through.

/// Aggregates larger than this are handled through memory (gc keeps in
/// memory every array of more than one element and every struct of more
/// than four fields; smaller aggregates stay LLVM values, which SROA
/// splits into registers).
let maxValueBytes = 1 << 10
/// The largest frame a function may have (gc's maxStackSize; golly's
/// goroutine stack, runtime/src/main.c MAX_STACK, is about as large).
let maxStackBytes = 1 << 30

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
                // gc's limit (ssagen/pgen.go maxStackSize), which golly's
                // 1 GB stack (runtime/src/main.c) shares: such a frame could
                // never run.
                let locals = frameSize(of: f)
                if locals >= maxStackBytes {
                    report(Diagnostic(pos, "stack frame too large (>1GB): \(locals >> 20) MB locals + 0 MB args"))
                }
            }
            fn = LLVMGetNextFunction(f)
        }
        if diagnostics.count == before, let u = unplaced { record { throw u } }
    }

    /// The bytes of `fn`'s frame slots (the allocas of its entry block).
    func frameSize(of fn: LLValue) -> Int {
        guard let entry = LLVMGetFirstBasicBlock(fn) else { return 0 }
        var total = 0
        var inst = LLVMGetFirstInstruction(entry)
        while let i = inst {
            if LLVMIsAAllocaInst(i) != nil, let ty = LLVMGetAllocatedType(i) {
                total += target.size(of: ty)
            }
            inst = LLVMGetNextInstruction(i)
        }
        return total
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

extension ModuleGenerator {
    /// Whether values of `type` live in memory (larger than maxValueBytes).
    func isLarge(_ type: GoType?) -> Bool {
        guard let type, type.underlying is Struct || type.underlying is ArrayT else { return false }
        // Asked at every load and store: sized once per type.
        let key = ObjectIdentifier(type.underlying)
        if let known = largeTypes[key] { return known }
        let large = ((try? size(of: type, at: .none)) ?? 0) > maxValueBytes
        largeTypes[key] = large
        return large
    }

    /// The LLVM type of SSA values of `type`: its memory layout (`lower`),
    /// or for a large aggregate a pointer to the memory holding the value.
    func valueType(_ type: GoType?, at pos: Pos) throws -> LLType {
        guard let type else { throw InternalError(pos: pos, message: "untyped value") }
        return isLarge(type) ? t.heapPtr : try lower(type, at: pos)
    }
}

extension FunctionGenerator {
    func isLarge(_ type: GoType?, at pos: Pos) -> Bool { m.isLarge(type) }

    /// Memory for one large value of `type`: a frame slot, or a heap object
    /// when it exceeds gc's limit for variables in the frame.
    func largeTemporary(_ type: GoType, at pos: Pos) throws -> LLValue {
        if try m.size(of: type, at: pos) > maxStackVarBytes { return try newObject(type, at: pos, "large") }
        let slot = alloca(try m.lower(type, at: pos), "large")
        return LLVMBuildAddrSpaceCast(allocaBuilder, slot, t.heapPtr, "")!
    }

    /// A copy of the large value at `address` in fresh memory (a heap
    /// object when `onHeap`: one that outlives the frame).
    func copyLarge(_ type: GoType, from address: LLValue, onHeap: Bool = false, volatile: Bool = false, at pos: Pos) throws -> LLValue {
        let copy = onHeap ? try newObject(type, at: pos, "large") : try largeTemporary(type, at: pos)
        copyBytes(copy, address, try m.size(of: type, at: pos), volatile: volatile)
        return copy
    }

    /// The zero value of `type`.
    func zeroValue(_ type: GoType, at pos: Pos) throws -> LLValue {
        isLarge(type, at: pos) ? try zeroLarge(type, at: pos) : t.null(try m.lower(type, at: pos))
    }

    /// A zero value of the large `type`.
    func zeroLarge(_ type: GoType, at pos: Pos) throws -> LLValue {
        let tmp = try largeTemporary(type, at: pos)
        zero(tmp, try m.lower(type, at: pos))
        return tmp
    }

    /// memmove of `bytes` bytes; volatile for the results of a function that
    /// defers, which the recovery path reads from memory (docs/DESIGN.md §5).
    func copyBytes(_ dst: LLValue, _ src: LLValue, _ bytes: Int, volatile: Bool = false) {
        _ = m.callIntrinsic("llvm.memmove", overloads: [LLVMTypeOf(dst), LLVMTypeOf(src), t.i64],
                            [dst, src, t.i64(bytes), t.bool(volatile)], returning: t.void)
    }

    /// For `x = e` of a large type with `e` addressable: e's address, from
    /// which x is assigned by one copy, without a temporary (memmove allows
    /// e to be x itself). nil otherwise.
    func largeSource(_ e: Expr, assignedTo target: GoType?) throws -> LLValue? {
        guard let target, isLarge(target, at: e.pos), !isInterface(target), isAddressable(e) else { return nil }
        return try address(of: e).address
    }

    /// An address (`ptr`) where the value `v` of `type` is, for runtime
    /// calls that take operands by address: a large value is in memory
    /// already, any other is stored in a frame slot.
    func inMemory(_ v: LLValue, of type: GoType, at pos: Pos, _ label: String) -> LLValue {
        if isLarge(type, at: pos) { return LLVMBuildAddrSpaceCast(b.b, v, t.ptr, "")! }
        let slot = alloca(LLVMTypeOf(v), label)
        b.store(v, slot)
        return slot
    }

    /// The value of `type` at `address`.
    func loadValue(_ type: GoType, from address: LLValue, at pos: Pos, _ name: String = "") throws -> LLValue {
        if isLarge(type, at: pos) { return try copyLarge(type, from: address, at: pos) }
        return b.load(try m.lower(type, at: pos), address, name)
    }

    /// Stores the value `v` of `type` at `address`.
    func storeValue(_ v: LLValue, of type: GoType, to address: LLValue, at pos: Pos) throws {
        if isLarge(type, at: pos) {
            copyBytes(address, v, try m.size(of: type, at: pos))
        } else {
            b.store(v, address)
        }
    }

    /// The value in a variable or other location.
    func load(_ s: VarSlot, _ name: String = "") throws -> LLValue {
        if isLarge(s.goType, at: .none) {
            return try copyLarge(s.goType, from: s.address, volatile: s.isVolatile, at: .none)
        }
        let v = b.load(s.type, s.address, name)
        if s.isVolatile { LLVMSetVolatile(v, 1) }
        return v
    }

    /// A result's value as the function returns it: a large one in a new
    /// heap object, since the frame's memory is gone when the caller reads it.
    func returnedValue(_ s: VarSlot) throws -> LLValue {
        if isLarge(s.goType, at: .none) {
            return try copyLarge(s.goType, from: s.address, onHeap: true, volatile: s.isVolatile, at: .none)
        }
        return try load(s)
    }

    func store(_ v: LLValue, _ s: VarSlot) throws {
        if isLarge(s.goType, at: .none) {
            copyBytes(s.address, v, try m.size(of: s.goType, at: .none), volatile: s.isVolatile)
            return
        }
        let st = b.store(v, s.address)
        if s.isVolatile { LLVMSetVolatile(st, 1) }
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
        // The literal's own type when it names one: keys resolve to its
        // fields, not to those of an identical struct type written elsewhere.
        var type = type
        if let own = info.type(of: lit), !(own.underlying is Pointer) { type = own }
        let ty = try m.lower(type, at: lit.pos)
        var index = 0
        for el in lit.elements {
            var valueExpr = el
            var elemType: GoType
            switch type.underlying {
            case let s as Struct:
                if let kv = el as? KeyValueExpr {
                    guard let key = kv.key as? Ident, let field = info.object(of: key) as? Var,
                          let fi = s.fields.firstIndex(where: { $0 === field }) else {
                        throw InternalError(pos: kv.pos, message: "unknown field in struct literal")
                    }
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
            if let s = type.underlying as? Struct, s.fields[index].name == "_" {
                // Evaluated, not stored, as in `aggregate`.
                _ = try expr(valueExpr, convertedTo: elemType)
                index += 1
                continue
            }
            let slot = b.gep(ty, address, [t.i64(0), t.i32(index)])
            if let inner = unparen(valueExpr) as? CompositeLit, isLarge(elemType, at: inner.pos) {
                try storeLiteral(inner, of: elemType, into: slot)
            } else if let inner = valueExpr as? CompositeLit, inner.type == nil {
                b.store(try compositeLiteral(inner), slot)
            } else {
                try storeValue(try expr(valueExpr, convertedTo: elemType), of: elemType, to: slot, at: valueExpr.pos)
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
