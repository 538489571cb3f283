import CLLVM
import GoSyntax
import GoTypes

// Func values and function literals (spec: "Function literals").
//
// A func value points to a closure object `{ fnptr, captured... }`; the callee
// receives that object as its hidden first parameter. The object stores
// pointers to the captured variables (capture by reference): heap cells
// shared with the enclosing function, or its frame slots when the closure
// analysis shows the closure cannot outlive them (Escape/Closures.swift).

extension ModuleGenerator {
    /// The func value of a declared function: a constant closure object with no
    /// captures, named as gc names it (`main.f·f`).
    func funcValue(_ f: Func, at pos: Pos) throws -> LLValue {
        guard let fn = function(for: f) else {
            throw Unsupported(pos, "\(f.name) as a func value")
        }
        // A method expression T.m needs no wrapper: the method takes its
        // receiver as the first parameter after the context, as T.m's callers pass it.
        return constantClosure(fn, name: f.linkName + "·f")
    }

    /// A constant closure object `{ fn }` with no captured variables.
    func constantClosure(_ fn: LLValue, name: String) -> LLValue {
        if let g = funcValueGlobals[name] { return g }
        let ty = funcValueHeaderType
        let g = LLVMAddGlobal(module, ty, name)!
        LLVMSetInitializer(g, t.constStruct(ty, [fn]))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        let v = LLVMConstAddrSpaceCast(g, t.heapPtr)!
        funcValueGlobals[name] = v
        return v
    }

    /// The wrapper behind method values of `method` (gc's `main.T.m-fm`):
    /// it takes the bound receiver from its closure `{ fn, receiver }`.
    func methodValueWrapper(_ method: Func, at pos: Pos) throws -> LLValue {
        let name = method.linkName + "-fm"
        if let existing = LLVMGetNamedFunction(module, name) { return existing }
        guard let msig = method.type as? Signature, let recv = msig.recv,
              let callee = function(for: method) else {
            throw Unsupported(pos, "method values of \(method.name)")
        }
        let bare = msig.withoutReceiver
        return try wrapperFunction(name, try lowerSignature(bare, at: pos), signature: bare, linkage: LLVMLinkOnceODRLinkage) { g, fn in
            let recvType = try lower(recv.type, at: pos)
            let objType = t.structType([t.ptr, recvType])
            let field = builder.structGEP(objType, LLVMGetParam(fn, 0), 1)
            // A large receiver is passed as the address of the bound copy, which
            // the method copies into its own variable (BigAggregates.swift).
            let r = isLarge(recv.type) ? field : builder.load(recvType, field, "recv")
            let params = (1..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0)! }
            let result = builder.call(try lowerSignature(msig, at: pos), callee, [t.null(t.heapPtr), r] + params)
            g.keepFrame(of: result, calling: method)
            if msig.results.count == 0 { LLVMBuildRetVoid(builder.b) } else { LLVMBuildRet(builder.b, result) }
        }
    }

    /// gc's name for the next function literal inside `outer`: `main.f.func1`
    /// inside a declared function, `main.f.func1.1` inside a literal.
    func closureName(inside outer: String, outerIsLiteral: Bool) -> String {
        let n = (closureCounters[outer] ?? 0) + 1
        closureCounters[outer] = n
        return outerIsLiteral ? "\(outer).\(n)" : "\(outer).func\(n)"
    }
}

extension FunctionGenerator {
    /// A closure object for `lit`, in the frame when `onStack` (a literal
    /// deferred by a stack record) or when the closure analysis keeps it
    /// there (isFrameLiteral), else on the heap.
    func closure(_ lit: FuncLit, onStack: Bool = false) throws -> LLValue {
        try makeClosure(lit, onStack: onStack).object
    }

    /// The closure object for `lit` and the function it points to.
    func makeClosure(_ lit: FuncLit, onStack: Bool) throws -> (object: LLValue, function: LLValue, type: LLType) {
        guard let sig = info.type(of: lit) as? Signature else { throw InternalError(pos: lit.pos, message: "function literal without signature") }
        let captures = info.captures[lit.id] ?? []
        let name = m.closureName(inside: self.name, outerIsLiteral: isLiteral)
        let fnType = try m.lowerSignature(sig, at: lit.pos)
        let fnValue = LLVMAddFunction(m.module, name, fnType)!
        m.setFunctionAttributes(fnValue)
        LLVMSetLinkage(fnValue, LLVMInternalLinkage)

        // The cells of the captured variables, read before the builder moves.
        let cells = try captures.map { try slot(of: $0, at: lit.pos).address }

        let saved = b.currentBlock
        let inner = FunctionGenerator(module: m, function: fnValue, signature: sig, name: name, pos: lit.pos)
        inner.isLiteral = true
        try inner.emitBody(params: lit.type.params, results: lit.type.results, recv: nil, body: lit.body, captures: captures)
        b.position(at: saved)
        setLocation(lit.pos)

        let objType = t.structType([t.ptr] + captures.map { _ in t.heapPtr })
        let inFrame = onStack || m.closureAnalysis.isFrameLiteral(lit)
        m.reportEscape(at: lit.pos, inFrame ? "func literal does not escape" : "func literal escapes to heap")
        let obj = inFrame
            ? LLVMBuildAddrSpaceCast(b.b, alloca(objType, "closure"), t.heapPtr, "")!
            : try newObject(m.closureObjectType(captures: captures), at: lit.pos, "closure")
        b.store(fnValue, b.structGEP(objType, obj, 0))
        for (i, cell) in cells.enumerated() {
            b.store(cell, b.structGEP(objType, obj, i + 1))
        }
        return (obj, fnValue, fnType)
    }

    /// `x.m` not called at once: a closure binding the receiver, evaluated now
    /// (spec: "Method values").
    func methodValue(_ sel: SelectorExpr, _ method: Func) throws -> LLValue {
        guard let recvType = (method.type as? Signature)?.recv?.type else {
            throw Unsupported(sel.pos, "method values of interface methods")
        }
        let wrapper = try m.methodValueWrapper(method, at: sel.pos)
        guard let selection = info.selections[sel.id] else { throw InternalError(pos: sel.pos, message: "method value without selection") }
        let recv = try methodReceiver(sel, selection, recvType: recvType)
        let objType = t.structType([t.ptr, try m.lower(recvType, at: sel.pos)])
        let obj = try newObject(m.methodValueObjectType(receiver: recvType), at: sel.pos, "method.value")
        b.store(wrapper, b.structGEP(objType, obj, 0))
        try storeValue(recv, of: recvType, to: b.structGEP(objType, obj, 1), at: sel.pos)
        return obj
    }
}
