import CLLVM
import GoSyntax
import GoTypes

// Interface values `{ type descriptor, data }` and the type descriptors they
// point to (runtime/include/golly/abi.h: golly_type, go_eface).

extension ModuleGenerator {
    /// The descriptor layout (abi.h golly_type): { i64 size, i8 kind, i8 align,
    /// i16 flags, i32, { ptr, i64 } name, ptr elem, ptr key, ptr fields,
    /// i64 nfields, i64 len, ptr methods, i64 nmethods, i64 ptrdata, ptr gcdata }.
    var typeDescriptorType: LLType {
        t.structType([t.i64, t.i8, t.i8, t.i16, t.i32, t.structType([t.ptr, t.i64]), t.ptr, t.ptr, t.ptr, t.i64, t.i64, t.ptr, t.i64, t.i64, t.ptr])
    }

    /// abi.h golly_field: { ptr type, i64 offset, i64 blank }.
    var fieldDescriptorType: LLType { t.structType([t.ptr, t.i64, t.i64]) }

    /// Spells defined types for symbols: types that print alike (a local type
    /// T and the package's T) get different names, `main.T` and `main.T·1`.
    var descriptorNamer: (Named) -> String? {
        { [self] n in
            guard let pkg = n.obj.pkgPath else { return nil }
            let name = "\(pkg).\(n.obj.name)"
            // A package-level type has one symbol in every package's module
            // (its descriptor is linkonce_odr); types declared in functions
            // are numbered from 1 in the order this module meets them.
            if n.obj.isPackageLevel { return name }
            let id = ObjectIdentifier(n.obj)
            let k = typeNameIndex[id] ?? typeNameCount[name, default: 1]
            if typeNameIndex[id] == nil {
                typeNameIndex[id] = k
                typeNameCount[name] = k + 1
            }
            return k == 0 ? name : "\(name)·\(k)"
        }
    }

    /// The name of T in symbols: `type:T`, `go:itab.T,I`.
    func typeSymbol(_ type: GoType) -> String { typeString(type, namer: descriptorNamer) }

    /// `type:T`, emitted once per type that reaches an interface or a map.
    /// Its element, key and field descriptors let the runtime compare, hash
    /// and print values of T without code of their own; its method table
    /// lets the runtime build itabs (Itabs.swift).
    func typeDescriptor(_ type: GoType, at pos: Pos) throws -> LLValue {
        // The printed name is gc's (uint8 for byte).
        let symbol = "type:" + typeSymbol(type)
        let name = typeString(type, namer: { _ in nil })
        if let g = typeDescriptors[symbol] { return g }
        let g = LLVMAddGlobal(module, typeDescriptorType, symbol)!
        typeDescriptors[symbol] = g
        var elem = t.null(t.ptr), key = t.null(t.ptr), fieldTable = t.null(t.ptr)
        var nfields = 0, length = 0
        switch type.underlying {
        case let p as Pointer: elem = try typeDescriptor(p.elem, at: pos)
        case let sl as Slice: elem = try typeDescriptor(sl.elem, at: pos)
        case let c as Chan: elem = try typeDescriptor(c.elem, at: pos)
        case let a as ArrayT:
            elem = try typeDescriptor(a.elem, at: pos)
            length = Int(a.len)
        case let mt as MapT:
            key = try typeDescriptor(mt.key, at: pos)
            elem = try typeDescriptor(mt.elem, at: pos)
        case let st as Struct:
            let sty = try lower(st, at: pos)
            let entries = try st.fields.enumerated().map { i, f in
                t.constStruct(fieldDescriptorType, [
                    try typeDescriptor(f.type, at: pos),
                    t.i64(Int(LLVMOffsetOfElement(target.targetData, sty, UInt32(i)))),
                    t.i64(f.name == "_" ? 1 : 0),
                ])
            }
            fieldTable = privateConstant(constArray(fieldDescriptorType, entries), name: symbol + ".fields")
            nfields = entries.count
        case let sig as Signature:
            // A func type lists its parameters' types (abi.h): what
            // runtime.SetFinalizer checks its argument against and how it
            // passes it (gc's functype.in()).
            let entries = try sig.params.vars.map { p in
                t.constStruct(fieldDescriptorType, [try typeDescriptor(p.type, at: pos), t.i64(0), t.i64(0)])
            }
            if !entries.isEmpty {
                fieldTable = privateConstant(constArray(fieldDescriptorType, entries), name: symbol + ".params")
            }
            nfields = entries.count
            length = sig.results.vars.count
        default: break
        }
        let nameBytes = Array(name.utf8)
        let nameData = LLVMConstStringInContext2(context, name, nameBytes.count, 1)!
        let nameGlobal = LLVMAddGlobal(module, LLVMTypeOf(nameData), symbol + ".name")!
        LLVMSetInitializer(nameGlobal, nameData)
        LLVMSetGlobalConstant(nameGlobal, 1)
        LLVMSetLinkage(nameGlobal, LLVMPrivateLinkage)
        var flags: UInt64 = type is Named ? TypeFlag.named : 0
        if !isComparable(type) { flags |= TypeFlag.uncomparable }
        if let sig = type.underlying as? Signature, sig.isVariadic { flags |= TypeFlag.variadic }
        let (methods, nmethods) = try methodTable(for: type, symbol: symbol, at: pos)
        let (ptrdata, gcdata) = try pointerLayout(of: type, symbol: symbol, at: pos)
        let fields: [LLValue] = [
            t.i64(try size(of: type, at: pos)),
            t.constInt(t.i8, UInt64(kind(of: type).rawValue)),
            t.constInt(t.i8, UInt64(try alignment(of: type, at: pos))),
            t.constInt(t.i16, flags),
            t.i32(0),
            t.constStruct(t.structType([t.ptr, t.i64]), [nameGlobal, t.i64(nameBytes.count)]),
            elem, key, fieldTable, t.i64(nfields), t.i64(length), methods, t.i64(nmethods),
            t.i64(ptrdata), gcdata,
        ]
        LLVMSetInitializer(g, t.constStruct(typeDescriptorType, fields))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    /// Whether == is defined on values of `type` (spec: "Comparison operators").
    func isComparable(_ type: GoType) -> Bool {
        switch type.underlying {
        case is Slice, is MapT, is Signature: return false
        case let a as ArrayT: return isComparable(a.elem)
        case let s as Struct: return s.fields.allSatisfy { isComparable($0.type) }
        default: return true
        }
    }

    /// reflect.Kind numbering, as abi.h's GOLLY_KIND_* (ABI.swift TypeKind).
    func kind(of type: GoType) -> TypeKind {
        switch type.underlying {
        case let b as Basic:
            switch b.kind {
            case .bool: return .bool
            case .int: return .int
            case .int8: return .int8
            case .int16: return .int16
            case .int32: return .int32
            case .int64: return .int64
            case .uint: return .uint
            case .uint8: return .uint8
            case .uint16: return .uint16
            case .uint32: return .uint32
            case .uint64: return .uint64
            case .uintptr: return .uintptr
            case .float32: return .float32
            case .float64: return .float64
            case .complex64: return .complex64
            case .complex128: return .complex128
            case .string: return .string
            case .unsafePointer: return .unsafePointer
            default: return .invalid
            }
        case is ArrayT: return .array
        case is Chan: return .chan
        case is Signature: return .func
        case is Interface: return .interface
        case is MapT: return .map
        case is Pointer: return .pointer
        case is Slice: return .slice
        case is Struct: return .struct
        default: return .invalid
        }
    }

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
