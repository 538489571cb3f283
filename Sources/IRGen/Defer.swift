import CLLVM
import GoSyntax
import GoTypes

// The defer statement (spec: "Defer statements"), lowered as Go CL 181378
// does it (the seed: ssa.go's callDeferStack), carried over to LLVM
// (DESIGN.md §5):
//
//   stack record (loop depth 1):      heap record (any other defer):
//     %d = alloca deferstruct           %d = call @runtime.newdefer(i32 siz)
//     store siz, fn, args -> %d         store fn, args -> %d
//     %r = call @runtime.deferprocStack(%d)   %r = call @runtime.deferproc(%d)
//     br (%r != 0), recovery, next
//
// deferprocStack/deferproc return twice: 0 when the record is linked, 1 when a
// deferred call of this frame recovered a panic; the recovery block then runs
// the frame's remaining deferred calls and returns the current results.

/// How the thunk reaches the deferred function.
private enum DeferredTarget {
    /// A declared function or method: called directly (a receiver is the first argument).
    case direct(LLValue, LLType, Signature)
    /// A func value: the first argument is the closure, checked against nil when the call runs.
    case closure(LLType, Signature)
    /// A built-in function applied to the saved operands.
    case builtin(BuiltinID)
}

extension ModuleGenerator {
    /// `deferstruct(argsType)` (the seed's reflect.go): runtime/include/golly/defer.h's
    /// golly_defer followed by the arguments evaluated at the defer statement.
    func deferRecordType(args: LLType) -> LLType {
        t.structType([
            t.i32, t.i8, t.i8, t.i16,       // siz, started, heap, pad
            t.i64, t.i64,                   // sp, pc
            t.heapPtr, t.ptr, t.ptr,        // fn, _panic, link
            LLVMArrayType2(t.i64, 7),       // regs: rbx, rbp, r12-r15, sp
            args,
        ])
    }

    /// `llvm.frameaddress(0)` as an integer: a frame's identity for the defer list.
    func frameAddress() -> LLValue {
        let id = LLVMLookupIntrinsicID("llvm.frameaddress", 17)
        var overload: [LLType?] = [t.ptr]
        let decl = overload.withUnsafeMutableBufferPointer { LLVMGetIntrinsicDeclaration(module, id, $0.baseAddress, 1) }!
        let fp = builder.call(t.function(t.ptr, [t.i32]), decl, [t.i32(0)], "fp")
        return LLVMBuildPtrToInt(builder.b, fp, t.i64, "frame")
    }

    func thunkName(inside outer: String) -> String {
        let n = (thunkCounters[outer] ?? 0) + 1
        thunkCounters[outer] = n
        return "\(outer).deferwrap\(n)"
    }
}

extension FunctionGenerator {
    func deferStmt(_ s: DeferStmt) throws {
        let placement = m.deferAnalysis.placement(of: s)
        // The function value and parameters are evaluated now and saved (spec).
        let (fnValue, args) = try deferredCall(s.call, stackPlacement: placement == .stack)
        let argsType = t.structType(args.map { LLVMTypeOf($0) })
        let recordType = m.deferRecordType(args: argsType)
        let argsSize = args.isEmpty ? 0 : m.target.size(of: argsType)

        let record: LLValue
        let link: RuntimeFunction
        switch placement {
        case .stack:
            record = alloca(recordType, "defer")
            b.store(t.i32(argsSize), b.structGEP(recordType, record, 0))
            link = .deferprocStack
        case .heap:
            let (ft, f) = m.runtime(.newdefer)
            record = b.call(ft, f, [t.i32(argsSize)], "defer")
            link = .deferproc
        }
        b.store(fnValue, b.structGEP(recordType, record, 6))
        if !args.isEmpty {
            let block = b.structGEP(recordType, record, 10)
            for (i, a) in args.enumerated() { b.store(a, b.structGEP(argsType, block, i)) }
        }
        let (ft, f) = m.runtime(link)
        let r = b.call(ft, f, [record])
        LLVMAddCallSiteAttribute(r, functionAttributeIndex, m.enumAttribute("returns_twice"))
        let next = newBlock("defer.next")
        b.condBr(b.icmp(LLVMIntNE, r, t.i64(0)), recovery(), next)
        b.position(at: next)
    }

    /// The block a recovery resumes in: run the remaining deferred calls of this
    /// frame, then return the results' current values.
    func recovery() -> LLBlock {
        if let r = recoveryBlock { return r }
        let block = newBlock("defer.recovered")
        recoveryBlock = block
        let saved = b.currentBlock
        b.position(at: block)
        callDeferReturn()
        let results = resultSlots.map { b.load($0) }
        switch results.count {
        case 0: LLVMBuildRetVoid(b.b)
        case 1: LLVMBuildRet(b.b, results[0])
        default:
            let ty = (try? m.lowerResults(signature, at: .none)) ?? t.void
            LLVMBuildRet(b.b, b.aggregate(ty, results))
        }
        b.position(at: saved)
        return block
    }

    func callDeferReturn() {
        let (ft, f) = m.runtime(.deferreturn)
        _ = b.call(ft, f, [m.frameAddress()])
    }

    /// The record's `fn` and the argument values to save. A literal without
    /// parameters or results is deferred as itself; every other call goes
    /// through a compiler-made thunk `fn(ctx, args)` that unpacks the saved
    /// arguments and makes the real call.
    private func deferredCall(_ call: CallExpr, stackPlacement: Bool) throws -> (LLValue, [LLValue]) {
        var fun = call.fun
        while let p = fun as? ParenExpr { fun = p.x }
        let funTV = try typeAndValue(call.fun)

        if funTV.mode == .builtin {
            guard let id = fun as? Ident, let builtin = info.object(of: id) as? Builtin else {
                throw Unsupported(call.pos, "deferring this built-in function")
            }
            var args: [LLValue] = []
            var types: [GoType] = []
            switch builtin.id {
            case .print, .println:
                for a in call.args {
                    guard let ty = info.type(of: a) else { throw InternalError(pos: a.pos, message: "untyped operand") }
                    args.append(try expr(a)); types.append(ty)
                }
            case .panic:
                guard let a = call.args.first else { throw InternalError(pos: call.pos, message: "panic without argument") }
                args.append(try expr(a, convertedTo: emptyInterface)); types.append(emptyInterface)
            case .recover:
                // As gc's ORECOVERFP: the frame that recover checks is fixed at
                // the defer statement, so `defer recover()` recovers exactly
                // when the deferring function was itself called by a panic.
                m.addEnumAttribute(fn, "noinline")
                args.append(m.frameAddress()); types.append(Universe.basic(.uintptr))
            default:
                throw Unsupported(call.pos, "deferring the built-in function \(builtin.id.rawValue)")
            }
            return (try thunk(.builtin(builtin.id), argTypes: types, args: args, at: call.pos), args)
        }
        if funTV.mode == .typexpr { throw InternalError(pos: call.pos, message: "defer of a conversion") }
        guard let sig = funTV.type.underlying as? Signature else { throw InternalError(pos: call.pos, message: "defer of non-function") }
        if call.hasEllipsis || sig.isVariadic { throw Unsupported(call.pos, "variadic functions") }

        // defer func() { ... }(): the closure is the deferred function.
        if let lit = fun as? FuncLit, sig.params.count == 0, sig.results.count == 0 {
            return (try closure(lit, onStack: stackPlacement), [])
        }
        let argValues = try exprList(call.args, types: sig.params.vars.map { $0.type })
        var argTypes = sig.params.vars.map { $0.type as GoType }

        if let id = fun as? Ident, let f = info.object(of: id) as? Func, let callee = m.functions[ObjectIdentifier(f)] {
            let fnType = try m.lowerSignature(sig, at: call.pos)
            return (try thunk(.direct(callee, fnType, sig), argTypes: argTypes, args: argValues, at: call.pos), argValues)
        }
        if let sel = fun as? SelectorExpr, let selection = info.selections[sel.id],
           let method = selection.obj as? Func, let callee = m.functions[ObjectIdentifier(method)],
           let msig = method.type as? Signature, let recvParam = msig.recv {
            let fnType = try m.lowerSignature(msig, at: call.pos)
            if selection.kind == .methodVal {
                let recv = try receiver(sel.x, for: recvParam.type, at: sel.pos)
                argTypes.insert(recvParam.type, at: 0)
                let all = [recv] + argValues
                return (try thunk(.direct(callee, fnType, msig), argTypes: argTypes, args: all, at: call.pos), all)
            }
            return (try thunk(.direct(callee, fnType, msig), argTypes: argTypes, args: argValues, at: call.pos), argValues)
        }
        if let callee = try m.importedFunction(fun) {
            let fnType = try m.lowerSignature(sig, at: call.pos)
            return (try thunk(.direct(callee, fnType, sig), argTypes: argTypes, args: argValues, at: call.pos), argValues)
        }
        let closureValue = try expr(call.fun)
        let fnType = try m.lowerSignature(sig, at: call.pos)
        let all = [closureValue] + argValues
        return (try thunk(.closure(fnType, sig), argTypes: [funTV.type] + argTypes, args: all, at: call.pos), all)
    }

    /// Emits `outer.deferwrapN(ctx, args)` and returns its constant closure object.
    private func thunk(_ target: DeferredTarget, argTypes: [GoType], args: [LLValue], at pos: Pos) throws -> LLValue {
        let name = m.thunkName(inside: self.name)
        let fnType = t.function(t.void, [t.heapPtr, t.ptr])
        let fnValue = LLVMAddFunction(m.module, name, fnType)!
        m.setFunctionAttributes(fnValue)
        LLVMSetLinkage(fnValue, LLVMInternalLinkage)

        let saved = b.currentBlock
        let sig = Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false)
        let gen = FunctionGenerator(module: m, function: fnValue, signature: sig, name: name)
        gen.isLiteral = true
        // Forward recover's frame check to the function this thunk calls, as
        // gc's wrapper prologue does (runtime.deferwrap). `defer recover()`
        // calls recover itself: its frame is the one the runtime called.
        if case .builtin(.recover) = target {} else {
            gen.callRuntime(.deferwrap, [m.frameAddress()])
        }
        let argsType = t.structType(args.map { LLVMTypeOf($0) })
        let block = LLVMGetParam(fnValue, 1)!
        let values = args.indices.map { i in gen.b.load(LLVMTypeOf(args[i]), gen.b.structGEP(argsType, block, i)) }
        switch target {
        case let .direct(callee, calleeType, _):
            _ = gen.b.call(calleeType, callee, [t.null(t.heapPtr)] + values)
        case let .closure(calleeType, _):
            let closure = values[0]
            gen.nilCheck(closure)
            let code = gen.b.load(t.ptr, closure, "fn")
            _ = gen.b.call(calleeType, code, [closure] + values.dropFirst())
        case let .builtin(id):
            switch id {
            case .print, .println:
                try gen.printOperands(zip(values, argTypes).map { ($0, $1, pos) }, newline: id == .println)
            case .panic:
                let (ft, f) = m.runtime(.gopanic)
                _ = gen.b.call(ft, f, [gen.b.extract(values[0], 0), gen.b.extract(values[0], 1)])
            case .recover:
                let (ft, f) = m.runtime(.gorecover)
                _ = gen.b.call(ft, f, [values[0]])
            default:
                throw Unsupported(pos, "deferring the built-in function \(id.rawValue)")
            }
        }
        if !gen.b.isTerminated { LLVMBuildRetVoid(gen.b.b) }
        gen.finishBlocks()
        b.position(at: saved)

        let objType = t.structType([t.ptr])
        let g = LLVMAddGlobal(m.module, objType, name + "·f")!
        LLVMSetInitializer(g, t.constStruct(objType, [fnValue]))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        return LLVMConstAddrSpaceCast(g, t.heapPtr)
    }

    /// recover(): the current panic's value if this function was called
    /// directly by a deferred call of it (checked by the runtime on frame
    /// pointers), else nil. Functions that call it are never inlined, so the
    /// frame the runtime sees is theirs.
    func recoverValue() -> LLValue {
        m.addEnumAttribute(fn, "noinline")
        let (ft, f) = m.runtime(.gorecover)
        return b.call(ft, f, [m.frameAddress()])
    }
}
