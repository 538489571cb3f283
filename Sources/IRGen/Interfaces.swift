import CLLVM
import GoSyntax
import GoTypes

// Interface values `{ type descriptor, data }` and the type descriptors they
// point to (runtime/include/golly/abi.h: golly_type, go_eface).

extension ModuleGenerator {
    /// The descriptor layout: { i64 size, i8 kind, i8 align, i16 flags, i32, { ptr, i64 } name, ptr elem }.
    var typeDescriptorType: LLType {
        t.structType([t.i64, t.i8, t.i8, t.i16, t.i32, t.structType([t.ptr, t.i64]), t.ptr])
    }

    /// `type:T`, emitted once per type that reaches an interface.
    func typeDescriptor(_ type: GoType, at pos: Pos) throws -> LLValue {
        let name = typeString(type)
        if let g = typeDescriptors[name] { return g }
        let ty = try lower(type, at: pos)
        let g = LLVMAddGlobal(module, typeDescriptorType, "type:" + name)!
        typeDescriptors[name] = g
        var elem = t.null(t.ptr)
        if let p = type.underlying as? Pointer { elem = try typeDescriptor(p.elem, at: pos) }
        let nameBytes = Array(name.utf8)
        let nameData = LLVMConstStringInContext2(context, name, nameBytes.count, 1)!
        let nameGlobal = LLVMAddGlobal(module, LLVMTypeOf(nameData), "type:" + name + ".name")!
        LLVMSetInitializer(nameGlobal, nameData)
        LLVMSetGlobalConstant(nameGlobal, 1)
        LLVMSetLinkage(nameGlobal, LLVMPrivateLinkage)
        let flags: UInt64 = type is Named ? 1 : 0
        let fields: [LLValue] = [
            t.i64(target.size(of: ty)),
            t.constInt(t.i8, UInt64(kind(of: type))),
            t.constInt(t.i8, UInt64(target.alignment(of: ty))),
            t.constInt(t.i16, flags),
            t.i32(0),
            t.constStruct(t.structType([t.ptr, t.i64]), [nameGlobal, t.i64(nameBytes.count)]),
            elem,
        ]
        LLVMSetInitializer(g, t.constStruct(typeDescriptorType, fields))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    /// reflect.Kind numbering, as abi.h's GOLLY_KIND_*.
    func kind(of type: GoType) -> Int {
        switch type.underlying {
        case let b as Basic:
            switch b.kind {
            case .bool: return 1
            case .int: return 2
            case .int8: return 3
            case .int16: return 4
            case .int32: return 5
            case .int64: return 6
            case .uint: return 7
            case .uint8: return 8
            case .uint16: return 9
            case .uint32: return 10
            case .uint64: return 11
            case .uintptr: return 12
            case .float32: return 13
            case .float64: return 14
            case .complex64: return 15
            case .complex128: return 16
            case .string: return 24
            case .unsafePointer: return 26
            default: return 0
            }
        case is ArrayT: return 17
        case is Chan: return 18
        case is Signature: return 19
        case is Interface: return 20
        case is MapT: return 21
        case is Pointer: return 22
        case is Slice: return 23
        case is Struct: return 25
        default: return 0
        }
    }

    /// Boxes a value of concrete `type` into an empty-interface value.
    func makeInterface(_ v: LLValue, type: GoType, at pos: Pos) throws -> LLValue {
        if let b = type.underlying as? Basic, b.kind == .untypedNil {
            return t.null(t.eface)
        }
        let desc = try typeDescriptor(type, at: pos)
        let data: LLValue
        if isPointerShaped(type) {
            data = v
        } else {
            let ty = try lower(type, at: pos)
            let (ft, f) = runtime(.alloc)
            data = builder.call(ft, f, [t.i64(target.size(of: ty))])
            builder.store(v, data)
        }
        return builder.aggregate(t.eface, [desc, data])
    }
}
