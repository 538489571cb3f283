import CLLVM
import GoSyntax
import GoTypes

// Type descriptors in gc 1.19's layout (runtime/include/golly/abi.h; gc's
// cmd/compile/internal/reflectdata/reflect.go writeType). The standard
// library's reflect and internal/reflectlite read them unmodified, the C
// runtime reads them to compare, hash, print and collect values, and
// interface values carry them as their type word.
//
// `type:T` is one constant global (linkonce_odr under T's symbol, so a
// type has one descriptor in the program and descriptor identity is type
// identity): the header and the part of T's kind, then the uncommon part
// (named types and types with methods), then the kind's trailing array (a
// func type's parameters and results, an interface's methods, a struct's
// fields), then T's methods. Names, types and functions a descriptor
// refers to by offset are int32 distances from the descriptor's start,
// which the assembler turns into PC-relative relocations because the
// fields holding them lie in the same global.

extension ModuleGenerator {
    /// abi.h golly_type: { i64 size, i64 ptrdata, i32 hash, i8 tflag,
    /// i8 align, i8 fieldAlign, i8 kind, ptr equal, ptr gcdata, i32 str,
    /// i32 ptrToThis }.
    var typeHeaderType: LLType {
        t.structType([t.i64, t.i64, t.i32, t.i8, t.i8, t.i8, t.i8, t.ptr, t.ptr, t.i32, t.i32])
    }

    /// abi.h golly_uncommontype: { i32 pkgPath, i16 mcount, i16 xcount, i32 moff, i32 }.
    var uncommonType: LLType { t.structType([t.i32, t.i16, t.i16, t.i32, t.i32]) }

    /// abi.h golly_method: { i32 name, i32 mtyp, i32 ifn, i32 tfn }.
    var methodDescriptorType: LLType { t.structType([t.i32, t.i32, t.i32, t.i32]) }

    /// abi.h golly_imethod: { i32 name, i32 typ }.
    var imethodType: LLType { t.structType([t.i32, t.i32]) }

    /// abi.h golly_structfield: { ptr name, ptr typ, i64 offset }.
    var structFieldType: LLType { t.structType([t.ptr, t.ptr, t.i64]) }

    /// A slice header in a descriptor: { ptr, i64 len, i64 cap }.
    var descriptorSliceType: LLType { t.structType([t.ptr, t.i64, t.i64]) }

    /// The part of a descriptor its kind defines, header included
    /// (abi.h golly_ptrtype, golly_arraytype, ...).
    func kindPartType(_ type: GoType) -> LLType {
        let h = typeHeaderType
        switch type.underlying {
        case is Pointer, is Slice: return t.structType([h, t.ptr])
        case is ArrayT: return t.structType([h, t.ptr, t.ptr, t.i64])
        case is Chan: return t.structType([h, t.ptr, t.i64])
        case is MapT: return t.structType([h, t.ptr, t.ptr, t.ptr, t.ptr, t.i8, t.i8, t.i16, t.i32])
        case is Signature: return t.structType([h, t.i16, t.i16])
        case is Struct, is Interface: return t.structType([h, t.ptr, descriptorSliceType])
        default: return t.structType([h])
        }
    }

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

    /// `type:T`, emitted once per type that reaches an interface, a map, a
    /// channel or an allocation (gc's writeType).
    func typeDescriptor(_ type: GoType, at pos: Pos) throws -> LLValue {
        let symbol = "type:" + typeSymbol(type)
        if let g = typeDescriptors[symbol] { return g }
        // The shape first: the global must exist before its initializer,
        // which may refer to it (recursive types, its own offsets).
        let methods = type.underlying is Interface ? [] : descriptorMethods(of: type)
        let hasUncommon = hasTypeName(type) || !methods.isEmpty
        var parts: [LLType] = [kindPartType(type)]
        let uncommonIndex = hasUncommon ? parts.count : nil
        if hasUncommon { parts.append(uncommonType) }
        var trailingIndex: Int?
        var adaptersIndex: Int?
        switch type.underlying {
        case let sig as Signature:
            trailingIndex = parts.count
            parts.append(LLVMArrayType2(t.ptr, UInt64(sig.params.count + sig.results.count)))
            // abi.h golly_func_adapters (ReflectCalls.swift).
            adaptersIndex = parts.count
            parts.append(t.structType([t.ptr, t.ptr]))
        case let i as Interface:
            trailingIndex = parts.count
            parts.append(LLVMArrayType2(imethodType, UInt64(itabMethods(i).count)))
        case let s as Struct:
            trailingIndex = parts.count
            parts.append(LLVMArrayType2(structFieldType, UInt64(s.fields.count)))
        default: break
        }
        let methodsIndex = methods.isEmpty ? nil : parts.count
        if !methods.isEmpty { parts.append(LLVMArrayType2(methodDescriptorType, UInt64(methods.count))) }
        let shape = t.structType(parts)
        let g = LLVMAddGlobal(module, shape, symbol)!
        LLVMSetAlignment(g, 8)
        typeDescriptors[symbol] = g

        var values: [LLValue] = [try kindPart(type, symbol: symbol, uncommon: hasUncommon, in: g, shape: shape,
                                              trailing: trailingIndex, at: pos)]
        if let u = uncommonIndex {
            let moff = methodsIndex.map { offset(of: $0, in: shape) - offset(of: u, in: shape) } ?? 0
            let exported = methods.filter { isExported($0.method.name) }.count
            let pkgPath = descriptorPackage(of: type).map { relativeOffset(packagePathName($0), from: g) } ?? t.i32(0)
            values.append(t.constStruct(uncommonType, [
                pkgPath, t.constInt(t.i16, UInt64(methods.count)), t.constInt(t.i16, UInt64(exported)),
                t.i32(moff), t.i32(0)]))
        }
        if trailingIndex != nil { values.append(try trailingArray(type, in: g, at: pos)) }
        if adaptersIndex != nil, let sig = type.underlying as? Signature {
            values.append(t.constStruct(t.structType([t.ptr, t.ptr]), try reflectCallAdapters(type, sig, at: pos)))
        }
        if !methods.isEmpty {
            values.append(constArray(methodDescriptorType, try methods.map { try methodDescriptor(type, $0, in: g, at: pos) }))
        }
        LLVMSetInitializer(g, t.constStruct(shape, values))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    /// A defined or predeclared type (gc: the type has a Sym): reflect's
    /// Name() is not empty, and the descriptor has an uncommon part.
    func hasTypeName(_ type: GoType) -> Bool { type is Named || type is Basic }

    /// The byte offset of element `index` of the struct type `shape`.
    func offset(of index: Int, in shape: LLType) -> Int {
        Int(LLVMOffsetOfElement(target.targetData, shape, UInt32(index)))
    }

    /// The header (abi.h golly_type) and the fields of T's kind.
    private func kindPart(_ type: GoType, symbol: String, uncommon: Bool, in g: LLValue, shape: LLType,
                          trailing: Int?, at pos: Pos) throws -> LLValue {
        let header = try typeHeader(type, symbol: symbol, uncommon: uncommon, in: g, at: pos)
        let partType = kindPartType(type)
        // A pointer to the kind's trailing array, in this global.
        func trailingSlice(_ n: Int) -> LLValue {
            var idx: [LLValue?] = [t.i32(0), t.i32(trailing ?? 0)]
            let p = idx.withUnsafeMutableBufferPointer { LLVMConstInBoundsGEP2(shape, g, $0.baseAddress, 2) }!
            return t.constStruct(descriptorSliceType, [n == 0 ? t.null(t.ptr) : p, t.i64(n), t.i64(n)])
        }
        var fields: [LLValue] = [header]
        switch type.underlying {
        case let p as Pointer: fields.append(try typeDescriptor(p.elem, at: pos))
        case let s as Slice: fields.append(try typeDescriptor(s.elem, at: pos))
        case let a as ArrayT:
            fields += [try typeDescriptor(a.elem, at: pos), try typeDescriptor(Slice(a.elem), at: pos), t.i64(Int(a.len))]
        case let c as Chan:
            let dir: Int
            switch c.dir {
            case .both: dir = 3
            case .send: dir = 2
            case .recv: dir = 1
            }
            fields += [try typeDescriptor(c.elem, at: pos), t.i64(dir)]
        case let mt as MapT:
            fields += try mapTypeFields(mt, at: pos)
        case let sig as Signature:
            let out = UInt64(sig.results.count) | (sig.isVariadic ? 1 << 15 : 0)
            fields += [t.constInt(t.i16, UInt64(sig.params.count)), t.constInt(t.i16, out)]
        case let s as Struct:
            // gc's dstructtype: the package of the first unexported field
            // names the package of them all.
            let pkg = s.fields.first { !isExported($0.name) }?.pkgPath
            fields += [pkg.map { packagePathName($0) } ?? t.null(t.ptr), trailingSlice(s.fields.count)]
        case let i as Interface:
            fields += [descriptorPackage(of: type).map { packagePathName($0) } ?? t.null(t.ptr),
                       trailingSlice(itabMethods(i).count)]
        default: break
        }
        return t.constStruct(partType, fields)
    }

    /// abi.h golly_type for T.
    private func typeHeader(_ type: GoType, symbol: String, uncommon: Bool, in g: LLValue, at pos: Pos) throws -> LLValue {
        var tflag: UInt64 = uncommon ? TypeFlag.uncommon : 0
        if hasTypeName(type) { tflag |= TypeFlag.named }
        if try isRegularMemory(type, at: pos) { tflag |= TypeFlag.regularMemory }
        var kind = UInt64(kind(of: type).rawValue)
        if isPointerShaped(type) { kind |= KindFlag.directIface }
        let equal = isComparable(type) ? typedClosure("runtime.typedequal", t.function(t.i1, [t.heapPtr, t.ptr, t.ptr]),
                                                      for: g, name: symbol + "..eq") : t.null(t.ptr)
        let (ptrdata, gcdata) = try pointerLayout(of: type, symbol: symbol, at: pos)
        let align = UInt64(try alignment(of: type, at: pos))
        let str = relativeOffset(descriptorName(typeString(type, namer: { _ in nil }), exported: false), from: g)
        // gc's dcommontype: a defined type always has its pointer type's
        // descriptor, so that reflect.PtrTo finds the one the program uses.
        let ptrToThis = hasTypeName(type) ? relativeOffset(try typeDescriptor(Pointer(type), at: pos), from: g) : t.i32(0)
        return t.constStruct(typeHeaderType, [
            t.i64(try size(of: type, at: pos)), t.i64(ptrdata), t.i32(Int(typeHash(symbol))),
            t.constInt(t.i8, tflag), t.constInt(t.i8, align), t.constInt(t.i8, align), t.constInt(t.i8, kind),
            equal, gcdata, str, ptrToThis,
        ])
    }

    /// The fields of abi.h golly_maptype after its header. golly's maps use
    /// only key and elem; the slot sizes and flags are gc's, for reflect.MapOf.
    private func mapTypeFields(_ mt: MapT, at pos: Pos) throws -> [LLValue] {
        let key = try typeDescriptor(mt.key, at: pos)
        let keySize = try size(of: mt.key, at: pos), elemSize = try size(of: mt.elem, at: pos)
        var flags: UInt64 = 0
        if keySize > 128 { flags |= 1 }
        if elemSize > 128 { flags |= 2 }
        if isReflexive(mt.key) { flags |= 4 }
        if needsKeyUpdate(mt.key) { flags |= 8 }
        if hashMightPanic(mt.key) { flags |= 16 }
        let hasher = typedClosure("runtime.typedhash", t.function(t.i64, [t.heapPtr, t.ptr, t.i64]),
                                  for: key, name: "type:" + typeSymbol(mt.key) + "..hash")
        return [key, try typeDescriptor(mt.elem, at: pos), t.null(t.ptr), hasher,
                t.constInt(t.i8, UInt64(keySize > 128 ? 8 : keySize)), t.constInt(t.i8, UInt64(elemSize > 128 ? 8 : elemSize)),
                t.constInt(t.i16, 0), t.constInt(t.i32, flags)]
    }

    /// A func type's parameter and result types, an interface's methods or
    /// a struct's fields.
    private func trailingArray(_ type: GoType, in g: LLValue, at pos: Pos) throws -> LLValue {
        switch type.underlying {
        case let sig as Signature:
            let types = try (sig.params.vars + sig.results.vars).map { try typeDescriptor($0.type, at: pos) }
            return constArray(t.ptr, types)
        case let i as Interface:
            let pkg = descriptorPackage(of: type)
            return constArray(imethodType, try itabMethods(i).map { f in
                t.constStruct(imethodType, [
                    relativeOffset(methodName(f, typePackage: pkg), from: g),
                    relativeOffset(try typeDescriptor((f.type as! Signature).withoutReceiver, at: pos), from: g),
                ])
            })
        case let s as Struct:
            let sty = try lower(s, at: pos)
            return constArray(structFieldType, try s.fields.enumerated().map { i, f in
                let tag = i < s.tags.count ? s.tags[i].flatMap { $0.isEmpty ? nil : $0 } : nil
                let name = descriptorName(f.name, tag: tag, exported: isExported(f.name), embedded: f.isEmbedded)
                return t.constStruct(structFieldType, [
                    name, try typeDescriptor(f.type, at: pos),
                    t.i64(Int(LLVMOffsetOfElement(target.targetData, sty, UInt32(i)))),
                ])
            })
        default: throw InternalError(pos: pos, message: "no trailing array for \(type)")
        }
    }

    /// abi.h golly_method for `entry` of T's method set.
    private func methodDescriptor(_ type: GoType, _ entry: MethodSetEntry, in g: LLValue, at pos: Pos) throws -> LLValue {
        guard let sig = entry.method.type as? Signature else {
            throw InternalError(pos: pos, message: "method without signature")
        }
        return t.constStruct(methodDescriptorType, [
            relativeOffset(methodName(entry.method, typePackage: descriptorPackage(of: type)), from: g),
            relativeOffset(try typeDescriptor(sig.withoutReceiver, at: pos), from: g),
            relativeOffset(try itabFunction(type, entry, at: pos), from: g),
            relativeOffset(try methodExpressionFunction(type, entry, at: pos), from: g),
        ])
    }

    /// A method's name; an unexported one declared in a package other than
    /// its type's carries its package path (gc's dextratypeData).
    private func methodName(_ f: Func, typePackage: String?) -> LLValue {
        let exported = isExported(f.name)
        let pkg = !exported && f.pkgPath != typePackage ? f.pkgPath : nil
        return descriptorName(f.name, exported: exported, pkgPath: pkg)
    }

    /// The package a descriptor's uncommon part and unexported names are
    /// relative to (gc's typePkg): a defined type's, or its element's for
    /// unnamed pointers, slices, arrays and channels.
    func descriptorPackage(of type: GoType) -> String? {
        if let n = type as? Named { return n.obj.pkgPath }
        // unsafe.Pointer is package unsafe's (reflect's PkgPath, fixedbugs/issue44830.go).
        if (type as? Basic)?.kind == .unsafePointer { return "unsafe" }
        switch type {
        case let p as Pointer: return (p.elem as? Named)?.obj.pkgPath
        case let s as Slice: return (s.elem as? Named)?.obj.pkgPath
        case let a as ArrayT: return (a.elem as? Named)?.obj.pkgPath
        case let c as Chan: return (c.elem as? Named)?.obj.pkgPath
        default: return nil
        }
    }

    /// T's method set in gc's order (abi.h golly_method: types.Sym.Less).
    func descriptorMethods(of type: GoType) -> [MethodSetEntry] {
        methodSet(of: type).sorted { gcMethodOrder($0.method, $1.method) }
    }

    /// An interface's methods in itab order (abi.h golly_imethod).
    func itabMethods(_ i: Interface) -> [Func] {
        let id = ObjectIdentifier(i)
        if let cached = itabOrder[id] { return cached }
        let sorted = i.allMethods.sorted(by: gcMethodOrder)
        itabOrder[id] = sorted
        return sorted
    }

    /// `{ fn, type }`: the runtime's generic `fn` closed over a descriptor
    /// (abi.h golly_typed_func), for `equal` and a map's `hasher`.
    private func typedClosure(_ fn: String, _ fnType: LLType, for descriptor: LLValue, name: String) -> LLValue {
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let f = LLVMGetNamedFunction(module, fn) ?? LLVMAddFunction(module, fn, fnType)!
        let ty = t.structType([t.ptr, t.ptr])
        let g = LLVMAddGlobal(module, ty, name)!
        LLVMSetInitializer(g, t.constStruct(ty, [f, descriptor]))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        return g
    }

    /// `target - base` as an int32 (abi.h "Offsets").
    func relativeOffset(_ target: LLValue, from base: LLValue) -> LLValue {
        let diff = LLVMConstSub(LLVMConstPtrToInt(target, t.i64), LLVMConstPtrToInt(base, t.i64))
        return LLVMConstTrunc(diff, t.i32)
    }

    /// A name in gc's encoding (abi.h GOLLY_NAME_*; reflect/type.go name):
    /// flags, varint length, bytes, an optional tag, an optional nameOff to
    /// the package path. One private global per distinct name in a module.
    func descriptorName(_ s: String, tag: String? = nil, exported: Bool, embedded: Bool = false,
                        pkgPath: String? = nil) -> LLValue {
        let key = "\(exported ? 1 : 0)\(embedded ? 1 : 0)\(s)\u{0}\(tag ?? "")\u{0}\(pkgPath ?? "")"
        if let g = descriptorNames[key] { return g }
        var flags: UInt8 = 0
        if exported { flags |= 1 }
        if let tag, !tag.isEmpty { flags |= 2 }
        if pkgPath != nil { flags |= 4 }
        if embedded { flags |= 8 }
        var bytes: [UInt8] = [flags] + varint(s.utf8.count) + Array(s.utf8)
        if let tag, !tag.isEmpty { bytes += varint(tag.utf8.count) + Array(tag.utf8) }
        let data = LLVMConstStringInContext2(context, bytes.map { CChar(bitPattern: $0) }, bytes.count, 1)!
        let g: LLValue
        if let pkgPath {
            let ty = t.packedStructType([LLVMTypeOf(data), t.i32])
            g = LLVMAddGlobal(module, ty, "go:name")!
            descriptorNames[key] = g
            LLVMSetInitializer(g, t.constStruct(ty, [data, relativeOffset(packagePathName(pkgPath), from: g)]))
        } else {
            g = LLVMAddGlobal(module, LLVMTypeOf(data), "go:name")!
            descriptorNames[key] = g
            LLVMSetInitializer(g, data)
        }
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        LLVMSetAlignment(g, 1)
        return g
    }

    /// A package path as a name (gc's dgopkgpath).
    func packagePathName(_ path: String) -> LLValue { descriptorName(path, exported: false) }

    private func varint(_ n: Int) -> [UInt8] {
        var n = n, out: [UInt8] = []
        while n >= 0x80 {
            out.append(UInt8(n & 0x7f) | 0x80)
            n >>= 7
        }
        return out + [UInt8(n)]
    }

    /// FNV-1a of the descriptor's symbol: unique descriptors, so equal
    /// types hash alike (gc hashes the type's link string the same way).
    func typeHash(_ symbol: String) -> UInt32 {
        var h: UInt32 = 2166136261
        for b in symbol.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        return h
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

    /// gc's IsRegularMemory: == and hashing may treat a value as its bytes
    /// (no floats, strings, interfaces or padding).
    func isRegularMemory(_ type: GoType, at pos: Pos) throws -> Bool {
        switch type.underlying {
        case let b as Basic:
            return b.isInteger || b.kind == .bool || b.kind == .unsafePointer
        case is Pointer, is Chan: return true
        case let a as ArrayT: return try isRegularMemory(a.elem, at: pos)
        case let s as Struct:
            var end = 0
            let sty = try lower(s, at: pos)
            for (i, f) in s.fields.enumerated() {
                if f.name == "_" { return false }
                let off = Int(LLVMOffsetOfElement(target.targetData, sty, UInt32(i)))
                if off != end { return false }
                if !(try isRegularMemory(f.type, at: pos)) { return false }
                end = off + (try size(of: f.type, at: pos))
            }
            return end == (try size(of: type, at: pos))
        default: return false
        }
    }

    /// gc's isReflexive: k == k for every key k (no floats, no interfaces).
    private func isReflexive(_ type: GoType) -> Bool {
        switch type.underlying {
        case let b as Basic: return !(b.isFloat || b.isComplex)
        case is Interface: return false
        case let a as ArrayT: return isReflexive(a.elem)
        case let s as Struct: return s.fields.allSatisfy { isReflexive($0.type) }
        default: return true
        }
    }

    /// gc's needkeyupdate: an equal key may differ in its bytes (±0, strings, interfaces).
    private func needsKeyUpdate(_ type: GoType) -> Bool {
        switch type.underlying {
        case let b as Basic: return b.isFloat || b.isComplex || b.kind == .string
        case is Interface: return true
        case let a as ArrayT: return needsKeyUpdate(a.elem)
        case let s as Struct: return s.fields.contains { needsKeyUpdate($0.type) }
        default: return false
        }
    }

    /// gc's hashMightPanic: a key holding an interface may hold an unhashable value.
    private func hashMightPanic(_ type: GoType) -> Bool {
        switch type.underlying {
        case is Interface: return true
        case let a as ArrayT: return hashMightPanic(a.elem)
        case let s as Struct: return s.fields.contains { hashMightPanic($0.type) }
        default: return false
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
}

/// gc's types.Sym.Less for methods: exported before unexported, then by
/// name, then unexported ones by package path. Descriptors and itabs list
/// methods in this order (abi.h golly_method).
func gcMethodOrder(_ a: Func, _ b: Func) -> Bool {
    let ea = isExported(a.name), eb = isExported(b.name)
    if ea != eb { return ea }
    if a.name != b.name { return Array(a.name.utf8).lexicographicallyPrecedes(Array(b.name.utf8)) }
    if ea { return false }
    return Array((a.pkgPath ?? "").utf8).lexicographicallyPrecedes(Array((b.pkgPath ?? "").utf8))
}
