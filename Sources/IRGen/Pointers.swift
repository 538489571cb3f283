import CLLVM
import GoSyntax
import GoTypes

// Pointers (spec: "Address operators"). A variable whose address is taken
// lives in a heap cell, or in the frame when escape analysis shows the
// address cannot outlive it (FunctionGenerator.declare casts that slot's
// address once); a global's address is cast into the heap address space, so
// that every Go pointer has one LLVM type.

extension FunctionGenerator {
    /// `&x`.
    func addressOf(_ e: Expr) throws -> LLValue {
        switch e {
        case let p as ParenExpr: return try addressOf(p.x)
        case let s as StarExpr: return try pointer(s.x)     // &*p is p, nil-checked
        case let sel as SelectorExpr where qualifiedIdent(sel) != nil: return try addressOf(sel.sel)
        case let id as Ident:
            guard let v = info.object(of: id) as? Var else { throw InternalError(pos: e.pos, message: "address of non-variable") }
            let s = try slot(of: v, at: id.pos)
            if LLVMGetPointerAddressSpace(LLVMTypeOf(s.address)) == gcAddressSpace { return s.address }
            if m.globals[ObjectIdentifier(v)] != nil { return LLVMConstAddrSpaceCast(s.address, t.heapPtr) }
            throw InternalError(pos: e.pos, message: "address of a stack variable \(v.name)")
        case let lit as CompositeLit:
            // &T{...} reached without its `&` (Operators.swift passes that):
            // the site is the literal, which the escape analysis sends to the heap.
            return try newLiteralObject(lit, site: lit)
        case let sel as SelectorExpr:
            guard let selection = info.selections[sel.id], selection.kind == .fieldVal else {
                throw Unsupported(e.pos, "taking the address of this expression")
            }
            return try heapAddress(try fieldAddress(sel, selection).address, at: e.pos)
        case let ix as IndexExpr:
            guard let slot = try elementAddress(ix) else { throw Unsupported(e.pos, "taking the address of this element") }
            return try heapAddress(slot.address, at: e.pos)
        default: throw Unsupported(e.pos, "taking the address of this expression")
        }
    }

    /// The value of a pointer expression, checked against nil: a nil pointer
    /// dereference panics with gc's runtime error (docs/DESIGN.md §6: explicit checks).
    func pointer(_ e: Expr) throws -> LLValue {
        let p = try expr(e)
        nilCheck(p)
        return p
    }

    func nilCheck(_ p: LLValue) {
        panicIf(b.icmp(LLVMIntEQ, p, t.null(LLVMTypeOf(p))), .panicmem)
    }

    /// `*p` as a value.
    func deref(_ s: StarExpr) throws -> LLValue {
        guard let ty = info.type(of: s) else { throw InternalError(pos: s.pos, message: "untyped dereference") }
        let p = try pointer(s.x)
        return try loadValue(ty, from: p, at: s.pos)
    }

    /// A Go pointer to memory reached through `address`: heap addresses as
    /// they are, a global's cast into the heap address space.
    func heapAddress(_ address: LLValue, at pos: Pos) throws -> LLValue {
        if LLVMGetPointerAddressSpace(LLVMTypeOf(address)) == gcAddressSpace { return address }
        // A frame slot becomes a Go pointer only where declare casts it (the
        // escape analysis kept it in the frame); any other would be a bug.
        var base: LLValue = address
        while LLVMIsAGetElementPtrInst(base) != nil { base = LLVMGetOperand(base, 0) }
        if LLVMIsAAllocaInst(base) != nil {
            throw InternalError(pos: pos, message: "address of a frame slot escapes as a Go pointer")
        }
        return LLVMBuildAddrSpaceCast(b.b, address, t.heapPtr, "")
    }
}
