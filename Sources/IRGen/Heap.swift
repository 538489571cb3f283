import CLLVM
import GoSyntax
import GoTypes

// The typed heap (docs/DESIGN.md §7). Every object compiled code allocates goes
// through runtime.newobject(type), runtime.makeslice(elem, len, cap) or
// runtime.growslice(..., elem) with the descriptor of its type, which
// carries the object's size and its pointer bitmap (abi.h ptrdata,
// gcdata), so that the collector can scan every object precisely.
// Compiler-made objects (closures, method values) get descriptors of the
// struct types gc gives them (`struct { F uintptr; X0 *int }`).

extension ModuleGenerator {
    /// Which 8-byte words of a value of `type` hold heap pointers (gc's
    /// typebits.Set): pointers, maps, channels, funcs, unsafe.Pointer, the
    /// data pointers of strings and slices and the data word of interfaces.
    /// An interface's type word points to static data (a descriptor or an
    /// itab) and is not marked.
    func pointerWords(of type: GoType, at pos: Pos) throws -> [Int] {
        switch type.underlying {
        case let b as Basic:
            switch b.kind {
            case .string, .unsafePointer, .untypedString: return [0]
            default: return []
            }
        case is Pointer, is MapT, is Chan, is Signature: return [0]
        case is Slice: return [0]
        case is Interface: return [1]
        case let a as ArrayT:
            let inner = try pointerWords(of: a.elem, at: pos)
            if inner.isEmpty || a.len <= 0 { return [] }
            let stride = try size(of: a.elem, at: pos) / 8
            return (0..<Int(a.len)).flatMap { i in inner.map { i * stride + $0 } }
        case let s as Struct:
            let sty = try lower(s, at: pos)
            var words: [Int] = []
            for (i, f) in s.fields.enumerated() {
                let offset = Int(LLVMOffsetOfElement(target.targetData, sty, UInt32(i)))
                words += try pointerWords(of: f.type, at: pos).map { offset / 8 + $0 }
            }
            return words
        default: return []
        }
    }

    /// The descriptor's ptrdata and gcdata (`type:T.gcdata`, a bitmap with
    /// bit i set for word i).
    func pointerLayout(of type: GoType, symbol: String, at pos: Pos) throws -> (ptrdata: Int, gcdata: LLValue) {
        let words = try pointerWords(of: type, at: pos)
        guard let last = words.max() else { return (0, t.null(t.ptr)) }
        var bits = [UInt8](repeating: 0, count: last / 8 + 1)
        for w in words { bits[w / 8] |= 1 << UInt8(w % 8) }
        let data = LLVMConstStringInContext2(context, bits.map { CChar(bitPattern: $0) }, bits.count, 1)!
        return ((last + 1) * 8, privateConstant(data, name: symbol + ".gcdata"))
    }

    /// The struct type gc gives a closure object: the code pointer, then a
    /// pointer to each captured variable's cell (Closures.swift).
    func closureObjectType(captures: [Var]) -> Struct {
        compilerStruct([("F", Universe.typ(.uintptr))]
            + captures.enumerated().map { i, v in ("X\(i)", Pointer(v.type ?? Universe.invalid) as GoType) })
    }

    /// The struct type of a method value's closure: the code pointer and the
    /// bound receiver (gc's `struct { F uintptr; R T }`).
    func methodValueObjectType(receiver: GoType) -> Struct {
        compilerStruct([("F", Universe.typ(.uintptr)), ("R", receiver)])
    }

    /// A struct type of compiler-made objects, fields named as given.
    func compilerStruct(_ fields: [(String, GoType)]) -> Struct {
        let vars = fields.map { Var(name: $0.0, pos: .none, type: $0.1, pkgPath: "main") }
        for v in vars { v.isField = true }
        return Struct(fields: vars, tags: vars.map { _ in nil })
    }
}

extension FunctionGenerator {
    /// A new zeroed object of `type` (gc's newobject): `new(T)`, `&T{...}`,
    /// escaping variables, boxed interface values, closures.
    func newObject(_ type: GoType, at pos: Pos, _ label: String = "") throws -> LLValue {
        let (ft, f) = m.runtime(.newobject)
        return b.call(ft, f, [try m.typeDescriptor(type, at: pos)], label)
    }

    /// The object of `new(T)` or `&T{...}` (the expression `site`): in the
    /// frame when it cannot outlive the block that creates it and is small
    /// (gc's MaxImplicitStackVarSize, 64 KiB), else from newobject.
    func allocate(_ type: GoType, site: Expr, describe: String) throws -> LLValue {
        let ty = try m.lower(type, at: site.pos)
        if m.target.size(of: ty) <= maxImplicitStackBytes, !m.addressEscape.allocationEscapes(site) {
            m.reportEscape(at: site.pos, "\(describe) does not escape")
            let slot = alloca(ty, "obj")
            zero(slot, ty)
            return LLVMBuildAddrSpaceCast(b.b, slot, t.heapPtr, "")!
        }
        m.reportEscape(at: site.pos, "\(describe) escapes to heap")
        return try newObject(type, at: site.pos, "obj")
    }

    /// `&T{...}`: a new object holding the literal.
    func newLiteralObject(_ lit: CompositeLit, site: Expr) throws -> LLValue {
        let litType = info.type(of: lit) ?? Universe.invalid
        let obj = try allocate(litType, site: site, describe: "&\(typeString(litType, qualified: false)){...}")
        // The object starts zeroed: only the literal's elements are stored
        // (a store of the whole aggregate value makes LLVM split it into
        // one store per element, which is slow for big arrays).
        if litType.underlying is Struct || litType.underlying is ArrayT {
            try storeLiteral(lit, of: litType, into: obj)
        } else {
            b.store(try aggregate(lit, of: litType), obj)
        }
        return obj
    }
}

/// gc's ir.MaxImplicitStackVarSize: `new(T)`, `&T{...}` larger than this
/// go to the heap even when they do not escape.
let maxImplicitStackBytes = 64 * 1024
/// gc's ir.MaxStackVarSize: a declared variable larger than this is moved
/// to the heap (its frame would be too large).
let maxStackVarBytes = 10 * 1024 * 1024
