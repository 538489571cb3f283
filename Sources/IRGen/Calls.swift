import CLLVM
import GoSyntax
import GoTypes

// Calls (spec: "Calls"): conversions, built-in functions, and calls of
// functions and func values. Every call passes a closure context first.

extension FunctionGenerator {
    /// An expression used as a statement: only calls (and receives) may be.
    func call(expression e: Expr) throws -> LLValue? {
        var x = e
        while let p = x as? ParenExpr { x = p.x }
        guard let c = x as? CallExpr else {
            if let u = x as? UnaryExpr, u.op == .arrow {
                _ = try receive(u)
                return nil
            }
            throw InternalError(pos: e.pos, message: "expression statement is not a call")
        }
        return try call(c)
    }

    /// Returns the call's value: nil for no results, the value for one, an LLVM
    /// struct for several.
    func call(_ c: CallExpr) throws -> LLValue? {
        // A call the statement made first (EvalOrder.swift).
        if let made = hoisted[c.id] { return made }
        // The call's line (for its return address), and the enclosing
        // call's again once its argument's call is made.
        let outer = LLVMGetCurrentDebugLocation2(b.b)
        setLocation(c.pos)
        defer { if m.debugInfo != nil { LLVMSetCurrentDebugLocation2(b.b, outer) } }
        let funTV = try typeAndValue(c.fun)
        if funTV.mode == .typexpr {
            guard c.args.count == 1 else { throw InternalError(pos: c.pos, message: "conversion needs one argument") }
            return try conversion(c.args[0], to: funTV.type, at: c.pos, site: c)
        }
        if funTV.mode == .builtin {
            var f = c.fun
            while let p = f as? ParenExpr { f = p.x }
            guard let id = identifier(f), let builtin = info.object(of: id) as? Builtin else {
                throw Unsupported(c.pos, "this built-in function")
            }
            return try callBuiltin(builtin.id, c)
        }
        guard let sig = funTV.type.underlying as? Signature else {
            throw InternalError(pos: c.pos, message: "call of non-function")
        }
        // Calls are evaluated left to right (spec: "Order of evaluation"): a
        // function or receiver expression that itself calls, as in
        // `t.a("1").a(t.b("2"))`, is evaluated before the arguments. A plain
        // operand is read after them, as gc reads variables.
        var evaluated: [LLValue]? = containsCall(c.fun) ? nil : try callArguments(c, sig)
        func arguments() throws -> [LLValue] {
            if let a = evaluated { return a }
            let a = try callArguments(c, sig)
            evaluated = a
            return a
        }
        var fnType = try m.lowerSignature(sig, at: c.pos)
        if let sel = c.fun as? SelectorExpr, let selection = info.selections[sel.id], selection.kind == .methodVal,
           let method = selection.obj as? Func, let msig = method.type as? Signature {
            fnType = try m.lowerSignature(msig, at: c.pos)     // with the receiver
        }

        // A direct call of a declared function needs no closure.
        var f = c.fun
        while let p = f as? ParenExpr { f = p.x }
        if let id = identifier(f), let fnObj = info.object(of: id) as? Func, var callee = m.function(for: fnObj) {
            if let (obj, target) = selfCallTarget, obj == ObjectIdentifier(fnObj) { callee = target }
            let v = b.call(fnType, callee, [t.null(t.heapPtr)] + (try arguments()))
            return sig.results.count == 0 ? nil : v
        }
        if let sel = f as? SelectorExpr, let selection = info.selections[sel.id], selection.kind == .methodExpr,
           let method = selection.obj as? Func, let callee = m.function(for: method),
           let msig = method.type as? Signature, identical(msig.recv?.type ?? method.type, sig.params.vars.first?.type ?? method.type) {
            // T.m(x, args): the method itself, with x as its receiver.
            let v = b.call(try m.lowerSignature(msig, at: c.pos), callee, [t.null(t.heapPtr)] + (try arguments()))
            return sig.results.count == 0 ? nil : v
        }
        if let sel = f as? SelectorExpr, let selection = info.selections[sel.id], selection.kind == .methodVal,
           selection.isInterfaceMethod, let method = selection.obj as? Func {
            let (x, iface) = try interfaceOperand(sel, selection)
            let v: LLValue
            if let (type, entry) = devirtualized(sel, selection) {
                let target = try methodTarget(data: b.extract(x, 1), of: type, entry, inWrapper: false, at: c.pos)
                v = try callMethod(target, entry.method, args: try arguments(), at: c.pos)
            } else {
                v = try callInterfaceMethod(x, iface, method, args: try arguments(), at: c.pos)
            }
            return sig.results.count == 0 ? nil : v
        }
        if let sel = f as? SelectorExpr, info.selections[sel.id]?.kind != .fieldVal,
           info.selections[sel.id]?.kind != .methodExpr, !(qualifiedIdent(sel).flatMap { info.object(of: $0) } is Var) {
            guard let selection = info.selections[sel.id], selection.kind == .methodVal,
                  let method = selection.obj as? Func, let callee = m.function(for: method),
                  let msig = method.type as? Signature, let recvParam = msig.recv else {
                throw Unsupported(sel.pos, "calls of qualified names")
            }
            let recv = try methodReceiver(sel, selection, recvType: recvParam.type)
            let v = b.call(fnType, callee, [t.null(t.heapPtr), recv] + (try arguments()))
            return sig.results.count == 0 ? nil : v
        }
        let closure = try expr(c.fun)
        panicIf(b.icmp(LLVMIntEQ, closure, t.null(t.heapPtr)), .panicmem)
        let code = b.load(t.ptr, closure, "fn")
        let v = b.call(fnType, code, [closure] + (try arguments()))
        return sig.results.count == 0 ? nil : v
    }

    /// Whether evaluating `e` calls a function (conversions and built-ins aside).
    func containsCall(_ e: Expr) -> Bool {
        switch e {
        case let c as CallExpr:
            if let tv = info.types[c.fun.id], tv.mode == .typexpr || tv.mode == .builtin {
                return c.args.contains { containsCall($0) }
            }
            return true
        case let p as ParenExpr: return containsCall(p.x)
        case let s as SelectorExpr: return containsCall(s.x)
        case let i as IndexExpr: return containsCall(i.x) || containsCall(i.index)
        case let st as StarExpr: return containsCall(st.x)
        case let u as UnaryExpr: return containsCall(u.x)
        case let bin as BinaryExpr: return containsCall(bin.x) || containsCall(bin.y)
        case let ta as TypeAssertExpr: return containsCall(ta.x)
        case let sl as SliceExpr:
            return containsCall(sl.x) || [sl.low, sl.high, sl.max].contains { $0.map(containsCall) ?? false }
        default: return false
        }
    }

    /// The receiver argument of a method call `x.m()`: x itself, `&x` for a
    /// pointer method on an addressable value, `*x` for a value method through
    /// a pointer (spec: "Calls", "Method sets").
    func receiver(_ x: Expr, for recvType: GoType, at pos: Pos) throws -> LLValue {
        guard let xt = info.type(of: x) else { throw InternalError(pos: pos, message: "untyped receiver") }
        let wantsPointer = recvType.underlying is Pointer
        let hasPointer = xt.underlying is Pointer
        if wantsPointer == hasPointer { return try expr(x) }
        if wantsPointer { return try addressOf(x) }
        let p = try pointer(x)
        return try loadValue(recvType, from: p, at: pos)
    }
}

