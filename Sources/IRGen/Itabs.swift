import CLLVM
import GoSyntax
import GoTypes

// Itabs and the functions they call (abi.h golly_itab; gc's itabsym and
// methodWrapper). A type descriptor lists its method set with the function
// an itab calls for each method (TypeDescriptors.swift); an interface lists
// its methods in itab order (gcMethodOrder). Every function in an itab
// takes the interface's data word as its receiver: the method itself where
// the data word is the receiver, else a wrapper named as gc names it
// (`main.(*T).M`).

extension ModuleGenerator {
    /// abi.h golly_itab with n functions: { ptr inter, ptr type, i32 hash, i32, [n x ptr] fun }.
    func itabType(methods n: Int) -> LLType {
        t.structType([t.ptr, t.ptr, t.i32, t.i32, LLVMArrayType2(t.ptr, UInt64(n))])
    }

    /// `go:itab.T,I`: the itab of a conversion of concrete T to interface I
    /// that the compiler sees (gc's itabsym). The runtime builds the itabs
    /// of conversions whose dynamic type is known only when they run.
    func itab(for type: GoType, iface: GoType, at pos: Pos) throws -> LLValue {
        let symbol = "go:itab.\(typeSymbol(type)),\(typeSymbol(iface))"
        if let g = LLVMGetNamedGlobal(module, symbol) { return g }
        guard let i = iface.underlying as? Interface else { throw InternalError(pos: pos, message: "itab for a non-interface") }
        let set = methodSet(of: type)
        let fns = try itabMethods(i).map { f -> LLValue in
            guard let entry = set.first(where: { $0.method.name == f.name }) else {
                throw InternalError(pos: pos, message: "\(type) lacks method \(f.name) of \(iface)")
            }
            return try itabFunction(type, entry, at: pos)
        }
        let ty = itabType(methods: fns.count)
        let g = LLVMAddGlobal(module, ty, symbol)!
        let fun = constArray(t.ptr, fns)
        LLVMSetInitializer(g, t.constStruct(ty, [
            try typeDescriptor(iface, at: pos), try typeDescriptor(type, at: pos),
            t.i32(Int(typeHash("type:" + typeSymbol(type)))), t.i32(0), fun]))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    /// The function an itab of `type` calls for `entry`: `results(ctx, data, args...)`.
    func itabFunction(_ type: GoType, _ entry: MethodSetEntry, at pos: Pos) throws -> LLValue {
        let method = entry.method
        guard let msig = method.type as? Signature else { throw InternalError(pos: pos, message: "method without signature") }
        // The data word is the receiver itself: no wrapper.
        if entry.index.count == 1, let recv = msig.recv, !(recv.type.underlying is Interface),
           isPointerShaped(type), identical(recv.type, type), let fn = function(for: method) {
            return fn
        }
        let base = (type.underlying as? Pointer).map { $0.elem } ?? type
        let bare = msig.withoutReceiver
        // linkonce_odr: an importer's copy of an itab or descriptor that
        // refers to it (an inline summary's) finds it by name.
        return try wrapperFunction("\(packagePath).(*\(localSymbol(base))).\(method.name)", try itabFunctionType(bare, at: pos),
                                   signature: bare, linkage: LLVMLinkOnceODRLinkage) { g, _ in
            try g.emitItabWrapper(type, entry, at: pos)
        }
    }

    /// `results(ptr addrspace(1) ctx, ptr addrspace(1) data, params...)`.
    func itabFunctionType(_ bare: Signature, at pos: Pos) throws -> LLType {
        // Parameters as every Go function takes them (a large one by address).
        var params = try bare.params.vars.map { try valueType($0.type, at: pos) }
        params.insert(t.heapPtr, at: 0)
        return t.function(try lowerResults(bare, at: pos), [t.heapPtr] + params)
    }

    /// Runs `body` (which may emit another function) and puts the builder back.
    func withSavedPosition(_ body: () throws -> Void) throws {
        let saved = LLVMGetInsertBlock(builder.b)
        let location = LLVMGetCurrentDebugLocation2(builder.b)
        defer {
            if let saved { builder.position(at: saved) }
            LLVMSetCurrentDebugLocation2(builder.b, location)
        }
        try body()
    }

    /// The compiler-made function `name` (an itab wrapper, a method value or
    /// method expression wrapper), defined by `body` on first use. Like gc's
    /// wrappers it stands in for its caller in recover's frame check (the
    /// prologue), so `defer i.M()` recovers in M.
    func wrapperFunction(_ name: String, _ type: LLType, signature: Signature, linkage: LLVMLinkage,
                         body: (FunctionGenerator, LLValue) throws -> Void) throws -> LLValue {
        if let fn = LLVMGetNamedFunction(module, name) { return fn }
        let fn = LLVMAddFunction(module, name, type)!
        setFunctionAttributes(fn)
        LLVMSetLinkage(fn, linkage)
        try withSavedPosition {
            let g = FunctionGenerator(module: self, function: fn, signature: signature, name: name)
            g.forwardRecoverFrame()
            g.standsIn = true
            try body(g, fn)
        }
        return fn
    }

    /// A type's symbol without the package prefix, for wrapper names
    /// (`main.(*T).M`, `main.T.M`).
    func localSymbol(_ type: GoType) -> String {
        let symbol = typeSymbol(type)
        let prefix = packagePath + "."
        return symbol.hasPrefix(prefix) ? String(symbol.dropFirst(prefix.count)) : symbol
    }
}

/// Where a method called through an interface's data word goes (MethodTarget).
enum MethodTarget {
    /// A method with its receiver: the value, a pointer, or for a large
    /// receiver the address of the value (BigAggregates.swift).
    case concrete(Func, receiver: LLValue)
    /// A method of an embedded interface, dispatched through its own itab.
    case embeddedInterface(LLValue, Interface)
}

extension FunctionGenerator {
    /// The body of an itab function: from the data word to the method's
    /// receiver along the embedding path, then the call (gc's methodWrapper).
    func emitItabWrapper(_ type: GoType, _ entry: MethodSetEntry, at pos: Pos) throws {
        let data = LLVMGetParam(fn, 1)!
        let args = (2..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0)! }
        let result = try callMethod(try methodTarget(data: data, of: type, entry, inWrapper: true, at: pos),
                                    entry.method, args: args, at: pos)
        let returnsNothing = (entry.method.type as? Signature)?.results.count == 0
        if returnsNothing { LLVMBuildRetVoid(b.b) } else { LLVMBuildRet(b.b, result) }
    }

    /// Calls `method` at `target` with `args` (after the receiver).
    func callMethod(_ target: MethodTarget, _ method: Func, args: [LLValue], at pos: Pos) throws -> LLValue {
        switch target {
        case let .embeddedInterface(value, iface):
            return try callInterfaceMethod(value, iface, method, args: args, at: pos)
        case let .concrete(callee, receiver):
            guard let fn = m.function(for: callee), let msig = callee.type as? Signature else {
                throw InternalError(pos: pos, message: "method \(callee.name) has no function")
            }
            let result = b.call(try m.lowerSignature(msig, at: pos), fn, [t.null(t.heapPtr), receiver] + args)
            if standsIn { keepFrame(of: result, calling: callee) }
            return result
        }
    }

    /// The receiver of method `entry` of `type` for an interface data word
    /// `data` (the value itself for a pointer-shaped type, else the address
    /// of a box), following the embedding path. A wrapper (`inWrapper`)
    /// reports a nil *T behind a value method as gc's panicwrap does; a
    /// devirtualized call dereferences it, as gc's `i.(*T).M()`.
    func methodTarget(data: LLValue, of type: GoType, _ entry: MethodSetEntry, inWrapper: Bool,
                      at pos: Pos) throws -> MethodTarget {
        // `current` is the address of a value of `currentType`, or (for a
        // pointer-shaped type) the value itself.
        var current = data
        var currentType = type
        var isAddress = !isPointerShaped(type)
        // The wrapper `main.(*T).M` serves T's itabs (the data word points to
        // a box, never nil) and *T's (it may be nil), so it always checks; a
        // devirtualized call knows a box from a pointer.
        var mayBeNil = isAddress && inWrapper
        if let p = type.underlying as? Pointer {
            currentType = p.elem
            isAddress = true
            mayBeNil = true
        }
        for i in entry.index.dropLast() {
            guard let s = currentType.underlying as? Struct, i < s.fields.count, isAddress else {
                throw InternalError(pos: pos, message: "bad method path")
            }
            if mayBeNil { nilCheck(current) }
            current = b.structGEP(try m.lower(s, at: pos), current, i)
            currentType = s.fields[i].type
            mayBeNil = false
            if let p = currentType.underlying as? Pointer {
                current = b.load(t.heapPtr, current)
                currentType = p.elem
                mayBeNil = true
            }
        }
        let method = entry.method
        guard let msig = method.type as? Signature else { throw InternalError(pos: pos, message: "method without signature") }
        if let iface = currentType.underlying as? Interface, msig.recv == nil || msig.recv?.type.underlying is Interface {
            if mayBeNil { nilCheck(current) }
            return .embeddedInterface(b.load(t.eface, current), iface)
        }
        guard let recv = msig.recv else { throw InternalError(pos: pos, message: "method \(method.name) has no receiver") }
        if recv.type.underlying is Pointer || !isAddress { return .concrete(method, receiver: current) }
        if mayBeNil {
            if inWrapper && entry.index.count == 1 { panicWrapIfNil(current, method, type) } else { nilCheck(current) }
        }
        // A large receiver: the boxed value's address, which the method
        // copies into its own variable (BigAggregates.swift).
        let receiver = isLarge(recv.type, at: pos) ? current : try loadValue(recv.type, from: current, at: pos)
        return .concrete(method, receiver: receiver)
    }

    /// gc's panicwrap: `value method main.T.M called using nil *T pointer`.
    func panicWrapIfNil(_ p: LLValue, _ method: Func, _ type: GoType) {
        let fail = newBlock("panicwrap"), cont = newBlock("cont")
        b.condBr(b.icmp(LLVMIntEQ, p, t.null(t.heapPtr)), fail, cont)
        b.position(at: fail)
        let elem = (type.underlying as? Pointer)?.elem ?? type
        let bare = typeString(elem, qualified: false)
        let text = Array("value method \(typeString(elem)).\(method.name) called using nil *\(bare) pointer".utf8)
        let (ft, f) = m.runtime(.panicwrap)
        _ = b.call(ft, f, [LLVMGetAggregateElement(m.stringConstant(text), 0)!, t.i64(text.count)])
        b.unreachable()
        b.position(at: cont)
    }
}

extension ModuleGenerator {
    /// The func value of the method expression `T.m` (spec: "Method
    /// expressions"): a function of `(T, args...)`.
    func methodExpression(_ type: GoType, _ method: Func, at pos: Pos) throws -> LLValue {
        guard let entry = methodSet(of: type).first(where: { $0.method === method }) else {
            throw InternalError(pos: pos, message: "method expression outside the method set")
        }
        let fn = try methodExpressionFunction(type, entry, at: pos)
        return constantClosure(fn, name: (LLVMGetValueName(fn).map { String(cString: $0) } ?? method.name) + "·f")
    }

    /// The function behind `T.m`, `results(ctx, receiver, args...)` (a
    /// descriptor's tfn): m itself when m is declared with receiver type T;
    /// for a pointer-shaped T, T's itab function (`main.(*S).m`), which takes
    /// T as its data word; else a wrapper `main.T.m` that passes the itab
    /// function T's address.
    func methodExpressionFunction(_ type: GoType, _ entry: MethodSetEntry, at pos: Pos) throws -> LLValue {
        let method = entry.method
        guard let msig = method.type as? Signature else {
            throw InternalError(pos: pos, message: "method without signature")
        }
        if entry.index.count == 1, let recv = msig.recv, identical(recv.type, type),
           let fn = function(for: method) {
            return fn
        }
        let target = try itabFunction(type, entry, at: pos)
        if isPointerShaped(type) { return target }
        let name = "\(packagePath).\(localSymbol(type)).\(method.name)"
        let recv = Var(name: "", pos: pos, type: type, pkgPath: nil)
        let sig = Signature(recv: recv, params: msig.params, results: msig.results, isVariadic: msig.isVariadic)
        return try wrapperFunction(name, try lowerSignature(sig, at: pos), signature: sig, linkage: LLVMLinkOnceODRLinkage) { g, fn in
            let slot = g.alloca(try lower(type, at: pos), "recv")
            builder.store(LLVMGetParam(fn, 1), slot)
            let data = LLVMBuildAddrSpaceCast(builder.b, slot, t.heapPtr, "")!
            let args = (2..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0)! }
            let result = builder.call(try itabFunctionType(msig.withoutReceiver, at: pos), target, [t.null(t.heapPtr), data] + args)
            if msig.results.count == 0 { LLVMBuildRetVoid(builder.b) } else { LLVMBuildRet(builder.b, result) }
        }
    }
}
