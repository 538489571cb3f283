import CLLVM
import GoSyntax
import GoTypes

// Go types to LLVM types (docs/DESIGN.md §4; layouts in runtime/include/golly/abi.h).

extension ModuleGenerator {
    func lower(_ type: GoType, at pos: Pos) throws -> LLType {
        switch type.underlying {
        case let b as Basic:
            switch b.kind {
            case .bool, .untypedBool: return t.i1
            case .int8, .uint8: return t.i8
            case .int16, .uint16: return t.i16
            case .int32, .uint32, .untypedRune: return t.i32
            case .int, .uint, .int64, .uint64, .uintptr, .untypedInt: return t.i64
            case .float32: return t.f32
            case .float64, .untypedFloat: return t.f64
            case .string, .untypedString: return t.string
            case .unsafePointer, .untypedNil: return t.heapPtr
            case .complex64: return complexType(t.f32)
            case .complex128, .untypedComplex: return complexType(t.f64)
            case .invalid: throw InternalError(pos: pos, message: "invalid type reached code generation")
            }
        case is Pointer: return t.heapPtr
        case is Signature: return t.heapPtr          // a func value is a pointer to its closure object
        case is Interface: return t.eface
        case let tuple as Tuple:
            return t.structType(try tuple.vars.map { try valueType($0.type, at: pos) })
        // Slices, maps and channels: abi.h's representations (Slices.swift,
        // Maps.swift, Channels.swift).
        case is Slice: return t.slice
        case let a as ArrayT: return try lowerArray(a, at: pos)
        case let s as Struct: return try lowerStruct(s, at: pos)
        case is MapT, is Chan: return t.heapPtr
        default: throw InternalError(pos: pos, message: "cannot lower type \(type)")
        }
    }

    /// `results(ptr addrspace(1) context, params...)`, each a `valueType`
    /// (a large struct or array is passed and returned by pointer:
    /// BigAggregates.swift): every Go function takes its
    /// closure context as a hidden first parameter (docs/DESIGN.md §4). First, so that
    /// the runtime can call a deferred func value of any signature as
    /// `fn(context, args)`: a closure without parameters ignores the second.
    func lowerSignature(_ sig: Signature, at pos: Pos) throws -> LLType {
        var params = try sig.params.vars.map { try valueType($0.type, at: pos) }
        if let recv = sig.recv { params.insert(try valueType(recv.type, at: pos), at: 0) }
        return t.function(try lowerResults(sig, at: pos), [t.heapPtr] + params)
    }

    func lowerResults(_ sig: Signature, at pos: Pos) throws -> LLType {
        switch sig.results.count {
        case 0: return t.void
        case 1: return try valueType(sig.results.vars[0].type, at: pos)
        default: return t.structType(try sig.results.vars.map { try valueType($0.type, at: pos) })
        }
    }

    /// The size of a value of `type` in memory. Arrays are measured without
    /// building LLVM aggregates, so `new([1 << 20]byte)` stays cheap.
    func size(of type: GoType, at pos: Pos) throws -> Int {
        if let a = type.underlying as? ArrayT { return Int(max(a.len, 0)) * (try size(of: a.elem, at: pos)) }
        return target.size(of: try lower(type, at: pos))
    }

    func alignment(of type: GoType, at pos: Pos) throws -> Int {
        if let a = type.underlying as? ArrayT { return try alignment(of: a.elem, at: pos) }
        return target.alignment(of: try lower(type, at: pos))
    }
}

/// Whether an interface holds values of this type directly in its data word
/// (abi.h: pointer-shaped kinds) rather than a pointer to a copy.
func isPointerShaped(_ type: GoType) -> Bool {
    switch type.underlying {
    case is Pointer, is Signature, is MapT, is Chan: return true
    case let b as Basic: return b.kind == .unsafePointer
    default: return false
    }
}
