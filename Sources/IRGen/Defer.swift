import CLLVM
import Escape
import GoSyntax
import GoTypes

// The defer statement (spec: "Defer statements"), lowered as Go CL 181378
// does it (the seed: ssa.go's callDeferStack), carried over to LLVM
// (docs/DESIGN.md §5):
//
//   stack record (loop depth 1):        heap record (any other defer):
//     %d = alloca deferstruct             %d = call @runtime.newdefer(i32 siz)
//     store siz, fn, args, sp -> %d       store fn, args, sp -> %d
//     store fp, sp -> %d.regs *           store fp, sp -> %d.regs *
//     call @runtime.deferprocStack(%d)    call @runtime.deferproc(%d)
//     %r = llvm.eh.sjlj.setjmp(%d.regs) * %r = llvm.eh.sjlj.setjmp(%d.regs) *
//     br (%r != 0), recovery, next *      br (%r != 0), recovery, next *
//
// (* only when the deferred call can recover, RecoverAnalysis.mayRecover;
// otherwise the record's resume pc is 0.) The record is linked before the
// setjmp: a recovery lands after it with the record already popped.
//
// The builtin setjmp returns 0 here and 1 when a deferred call of this frame
// recovered a panic and the runtime resumed the frame through the record's
// buffer (docs/DESIGN.md §6); the recovery block then runs the frame's remaining
// deferred calls and returns the results' current values. Unlike a C setjmp it
// saves only fp, sp and the resume address: LLVM treats it as clobbering every
// register, so nothing else needs restoring.

/// How a thunk (or an open-coded exit) reaches the deferred function.
enum DeferredTarget {
    /// A declared function or method: called directly (a receiver is the first argument).
    case direct(LLValue, LLType, Signature, Func?)
    /// A func value: the first argument is the closure, checked against nil when the call runs.
    case closure(LLType, Signature)
    /// A built-in function applied to the saved operands.
    case builtin(BuiltinID)
}

extension ModuleGenerator {
    /// `llvm.frameaddress(0)` as an integer: a frame's identity for the defer list.
    func frameAddress() -> LLValue {
        let fp = callIntrinsic("llvm.frameaddress", overloads: [t.ptr], [t.i32(0)], returning: t.ptr)
        return LLVMBuildPtrToInt(builder.b, fp, t.i64, "frame")
    }

    func callIntrinsic(_ name: String, overloads: [LLType], _ args: [LLValue], returning ret: LLType) -> LLValue {
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        var types: [LLType?] = overloads
        let decl = types.withUnsafeMutableBufferPointer { LLVMGetIntrinsicDeclaration(module, id, $0.baseAddress, overloads.count) }!
        return builder.call(t.function(ret, args.map { LLVMTypeOf($0) }), decl, args)
    }

    /// `main.f.deferwrap1` for a defer statement's thunk, `main.f.gowrap1`
    /// for a go statement's.
    func thunkName(inside outer: String, kind: String) -> String {
        let key = outer + "." + kind
        let n = (thunkCounters[key] ?? 0) + 1
        thunkCounters[key] = n
        return "\(outer).\(kind)\(n)"
    }
}

/// How a frame runs one of its deferred calls itself, at a normal exit.
struct DeferredCall {
    enum Kind {
        /// `defer func() { ... }()`: the literal's function, called with the record's fn as context.
        case literal(LLValue, LLType)
        case target(DeferredTarget)
    }
    let kind: Kind
    let argTypes: [GoType]
    let pos: Pos
}

/// A stack record whose call the frame's exit runs inline (the seed's records
/// plus gc 1.14's open-coded exit: a bit per defer statement says whether it ran).
struct OpenDefer {
    let record: LLValue
    let recordType: LLType
    let argsType: LLType
    let call: DeferredCall
}

/// Most defer statements of one function whose calls its exits run inline.
let maxOpenDefers = 32

extension ModuleGenerator {
    /// `golly_curg`, the running goroutine (defer.h: its first word is the
    /// head of the defer list).
    var currentGoroutine: LLValue {
        if let g = LLVMGetNamedGlobal(module, "golly_curg") { return g }
        let g = LLVMAddGlobal(module, t.ptr, "golly_curg")!
        LLVMSetVisibility(g, LLVMHiddenVisibility)
        return g
    }
}

extension ModuleGenerator {
    /// The body of runtime.deferprocStack / runtime.deferproc (runtime/src/
    /// defer.c) as an available_externally definition, so that LLVM inlines
    /// linking a record (a handful of stores) instead of calling the
    /// runtime; the C function stays the one that is linked (fields: ABI.swift).
    func defineLinking(_ fn: LLValue, stack: Bool) {
        let saved = LLVMGetInsertBlock(builder.b)
        defer { if let saved { builder.position(at: saved) } }
        LLVMSetLinkage(fn, LLVMAvailableExternallyLinkage)
        builder.position(at: LLVMAppendBasicBlockInContext(context, fn, "entry"))
        let record = deferRecordType(args: t.structType([]))
        let d = LLVMGetParam(fn, 0)!
        builder.store(t.constInt(t.i8, 0), builder.structGEP(record, d, DeferField.started))
        if stack { builder.store(t.constInt(t.i8, 0), builder.structGEP(record, d, DeferField.heap)) }
        builder.store(t.null(t.ptr), builder.structGEP(record, d, DeferField.panic))
        let g = builder.load(t.ptr, currentGoroutine, "g")
        builder.store(builder.load(t.ptr, builder.structGEP(goroutinePrefixType, g, GoroutineField.deferList), "head"),
                      builder.structGEP(record, d, DeferField.link))
        builder.store(d, builder.structGEP(goroutinePrefixType, g, GoroutineField.deferList))
        LLVMBuildRetVoid(builder.b)
    }
}

extension FunctionGenerator {
    /// The function's exits run its stack records' calls inline instead of
    /// calling runtime.deferreturn: possible when every defer of the body is a
    /// stack record (each runs at most once, in source order, so the records of
    /// this frame are the top of the defer list, newest last in source order).
    func setUpOpenExit(_ body: BlockStmt) {
        guard defers, !m.deferAnalysis.hasHeapDefers(in: body) else { return }
        usesOpenExit = true
        let bits = alloca(t.i32, "deferBits")
        b.store(t.i32(0), bits)
        deferBits = bits
    }

    func deferStmt(_ s: DeferStmt) throws {
        let placement = m.deferAnalysis.placement(of: s)
        // The function value and parameters are evaluated now and saved (spec).
        let (fnValue, args, call) = try deferredCall(s.call, stackPlacement: placement == .stack)
        let argsType = t.structType(args.map { LLVMTypeOf($0) })
        let recordType = m.deferRecordType(args: argsType)
        let argsSize = args.isEmpty ? 0 : m.target.size(of: argsType)

        let record: LLValue
        switch placement {
        case .stack:
            record = alloca(recordType, "defer")
            b.store(t.i32(argsSize), b.structGEP(recordType, record, DeferField.siz))
        case .heap:
            let (ft, f) = m.runtime(.newdefer)
            record = b.call(ft, f, [t.i32(argsSize)], "defer")
        }
        b.store(fnValue, b.structGEP(recordType, record, DeferField.fn))
        if !args.isEmpty {
            let block = b.structGEP(recordType, record, DeferField.args)
            for (i, a) in args.enumerated() { b.store(a, b.structGEP(argsType, block, i)) }
        }
        let frame = m.frameAddress()
        b.store(frame, b.structGEP(recordType, record, DeferField.sp))
        let buffer = b.structGEP(recordType, record, DeferField.regs)
        let resumable = m.recoverAnalysis.mayRecover(deferred: s.call)
        if resumable {
            b.store(frame, b.gep(t.i64, buffer, [t.i32(JmpBufWord.fp)]))
            let sp = LLVMBuildPtrToInt(b.b, m.callIntrinsic("llvm.stacksave", overloads: [t.ptr], [], returning: t.ptr), t.i64, "sp")!
            b.store(sp, b.gep(t.i64, buffer, [t.i32(JmpBufWord.sp)]))
        } else {
            // No resume point: the runtime throws rather than jump to pc 0.
            b.store(t.i64(0), b.gep(t.i64, buffer, [t.i32(JmpBufWord.pc)]))
        }

        // Link the record onto the goroutine's defer list (the seed's
        // deferprocStack for a stack record: no write barrier, no allocation).
        let (ft, f) = m.runtime(placement == .stack ? .deferprocStack : .deferproc)
        _ = b.call(ft, f, [record])

        // The resume point of a recovery, set after linking: LLVM's builtin
        // setjmp, as clang's __builtin_setjmp, into the record's buffer
        // { fp, resume pc, sp, ... }. It clobbers every register, so resuming
        // needs only fp, sp and pc. Only a deferred call that can recover
        // needs one (gc, too, lets a frame resume only through the deferred
        // call that recovered): it costs the function every callee-saved
        // register around the defer statement.
        if resumable {
            let r = m.callIntrinsic("llvm.eh.sjlj.setjmp", overloads: [], [buffer], returning: t.i32)
            let next = newBlock("defer.next")
            b.condBr(b.icmp(LLVMIntNE, r, t.i32(0)), recovery(), next)
            b.position(at: next)
        }

        if usesOpenExit, placement == .stack, let bits = deferBits {
            if openDefers.count < maxOpenDefers {
                let bit = t.i32(1 << openDefers.count)
                b.store(b.or(b.load(t.i32, bits), bit), bits)
                openDefers.append(OpenDefer(record: record, recordType: recordType, argsType: argsType, call: call))
            } else {
                usesOpenExit = false
            }
        }
    }

    /// The common exit of a function whose exits run its deferred calls inline:
    /// newest first, each unlinked before it runs (so a panic in it does not
    /// run it again), then the results' current values are returned.
    func emitOpenExit(_ block: LLBlock) throws {
        b.position(at: block)
        if let bits = deferBits {
            for (i, d) in openDefers.enumerated().reversed() {
                let mask = t.i32(1 << i)
                let current = b.load(t.i32, bits)
                let run = newBlock("defer.run"), next = newBlock("defer.done")
                b.condBr(b.icmp(LLVMIntNE, b.and(current, mask), t.i32(0)), run, next)
                b.position(at: run)
                b.store(b.and(current, LLVMConstNot(mask)), bits)
                let g = b.load(t.ptr, m.currentGoroutine, "g")
                b.store(b.load(t.ptr, b.structGEP(d.recordType, d.record, DeferField.link)),
                        b.structGEP(m.goroutinePrefixType, g, GoroutineField.deferList))
                let fnValue = b.load(t.heapPtr, b.structGEP(d.recordType, d.record, DeferField.fn), "fn")
                let argBlock = b.structGEP(d.recordType, d.record, DeferField.args)
                let values = (0..<Int(LLVMCountStructElementTypes(d.argsType))).map { i in
                    b.load(LLVMStructGetTypeAtIndex(d.argsType, UInt32(i)), b.structGEP(d.argsType, argBlock, i))
                }
                switch d.call.kind {
                case let .literal(fn, fnType): _ = b.call(fnType, fn, [fnValue])
                case let .target(target): try emitDeferredCall(target, values: values, argTypes: d.call.argTypes, at: d.call.pos)
                }
                if !b.isTerminated { b.br(next) }
                b.position(at: next)
            }
        }
        try returnResults()
    }

    /// Returns the current values of the result slots.
    func returnResults() throws {
        let results = try resultSlots.map { try returnedValue($0) }
        switch results.count {
        case 0: LLVMBuildRetVoid(b.b)
        case 1: LLVMBuildRet(b.b, results[0])
        default: LLVMBuildRet(b.b, b.aggregate(try m.lowerResults(signature, at: .none), results))
        }
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
        try? returnResults()
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
    func deferredCall(_ call: CallExpr, stackPlacement: Bool) throws -> (LLValue, [LLValue], DeferredCall) {
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
            case .print, .println, .copy, .close:
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
            case .delete:
                // delete(m, k): both operands evaluated at the defer statement.
                guard call.args.count == 2, let mapType = info.type(of: call.args[0]), let mt = mapType.underlying as? MapT else {
                    throw InternalError(pos: call.pos, message: "delete without a map")
                }
                args = [try expr(call.args[0]), try expr(call.args[1], convertedTo: mt.key)]
                types = [mapType, mt.key]
            default:
                throw Unsupported(call.pos, "deferring the built-in function \(builtin.id.rawValue)")
            }
            return try wrapped(.builtin(builtin.id), argTypes: types, args: args, at: call.pos)
        }
        if funTV.mode == .typexpr { throw InternalError(pos: call.pos, message: "defer of a conversion") }
        guard let sig = funTV.type.underlying as? Signature else { throw InternalError(pos: call.pos, message: "defer of non-function") }

        // defer func() { ... }(): the closure is the deferred function.
        if let lit = fun as? FuncLit, sig.params.count == 0, sig.results.count == 0 {
            let c = try makeClosure(lit, onStack: stackPlacement)
            return (c.object, [], DeferredCall(kind: .literal(c.function, c.type), argTypes: [], pos: call.pos))
        }
        // Left to right, as gc: the function value or receiver, then the
        // arguments in order (a defer's operands are not reordered, unlike
        // a statement's calls: EvalOrder.swift).
        func arguments() throws -> [LLValue] { try callArguments(call, sig) }
        var argTypes = sig.params.vars.map { $0.type as GoType }

        if let id = identifier(fun), let f = info.object(of: id) as? Func, let callee = m.function(for: f) {
            let fnType = try m.lowerSignature(sig, at: call.pos)
            return try wrapped(.direct(callee, fnType, sig, f), argTypes: argTypes, args: try arguments(), at: call.pos)
        }
        if let sel = fun as? SelectorExpr, let selection = info.selections[sel.id],
           let method = selection.obj as? Func, let callee = m.function(for: method),
           let msig = method.type as? Signature, let recvParam = msig.recv {
            let fnType = try m.lowerSignature(msig, at: call.pos)
            if selection.kind == .methodVal {
                let recv = try methodReceiver(sel, selection, recvType: recvParam.type)
                argTypes.insert(recvParam.type, at: 0)
                let all = [recv] + (try arguments())
                return try wrapped(.direct(callee, fnType, msig, method), argTypes: argTypes, args: all, at: call.pos)
            }
            // T.m(x, args) with m declared on T: the method itself. Any other
            // method expression ((*T).m of a value method, a promoted
            // method) is a wrapper, called below as a func value.
            if selection.kind == .methodExpr, let first = sig.params.vars.first, identical(recvParam.type, first.type) {
                return try wrapped(.direct(callee, fnType, msig, method), argTypes: argTypes, args: try arguments(), at: call.pos)
            }
        }
        // `defer i.m()` devirtualized as gc does (InterfaceCalls.swift):
        // the receiver, found now, is saved like an argument.
        if let sel = fun as? SelectorExpr, let selection = info.selections[sel.id], selection.kind == .methodVal,
           selection.isInterfaceMethod, let (type, entry) = devirtualized(sel, selection) {
            let x = try expr(sel.x)
            switch try methodTarget(data: b.extract(x, 1), of: type, entry, inWrapper: false, at: call.pos) {
            case let .concrete(method, receiver):
                guard let callee = m.function(for: method), let msig = method.type as? Signature,
                      let recv = msig.recv else { throw InternalError(pos: call.pos, message: "method without function") }
                let fnType = try m.lowerSignature(msig, at: call.pos)
                return try wrapped(.direct(callee, fnType, msig, method), argTypes: [recv.type] + argTypes,
                                   args: [receiver] + (try arguments()), at: call.pos)
            case let .embeddedInterface(value, iface):
                // x.(T).I.m: the embedded interface's method value, nil-checked now (gc).
                let bound = try boundInterfaceMethod(value, iface, entry.method, at: call.pos)
                let fnType = try m.lowerSignature(sig, at: call.pos)
                return try wrapped(.closure(fnType, sig), argTypes: [funTV.type] + argTypes, args: [bound] + (try arguments()), at: call.pos)
            }
        }
        let closureValue = try expr(call.fun)
        let fnType = try m.lowerSignature(sig, at: call.pos)
        let all = [closureValue] + (try arguments())
        return try wrapped(.closure(fnType, sig), argTypes: [funTV.type] + argTypes, args: all, at: call.pos)
    }

    /// Emits `outer.deferwrapN(ctx, args)` and returns its constant closure object.
    private func thunk(_ target: DeferredTarget, argTypes: [GoType], args: [LLValue], at pos: Pos) throws -> LLValue {
        let name = m.thunkName(inside: self.name, kind: thunkKind)
        let fnType = t.function(t.void, [t.heapPtr, t.ptr])
        let fnValue = LLVMAddFunction(m.module, name, fnType)!
        m.setFunctionAttributes(fnValue)
        LLVMSetLinkage(fnValue, LLVMInternalLinkage)

        let saved = b.currentBlock
        let location = LLVMGetCurrentDebugLocation2(b.b)
        defer { LLVMSetCurrentDebugLocation2(b.b, location) }
        let sig = Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false)
        let gen = FunctionGenerator(module: m, function: fnValue, signature: sig, name: name)
        gen.isLiteral = true
        // Forward recover's frame check to the function this thunk calls, as
        // gc's wrapper prologue does (runtime.deferwrap). `defer recover()`
        // calls recover itself: its frame is the one the runtime called.
        if case .builtin(.recover) = target {} else {
            gen.forwardRecoverFrame()
        }
        gen.standsIn = true
        let argsType = t.structType(args.map { LLVMTypeOf($0) })
        let block = LLVMGetParam(fnValue, 1)!
        let values = args.indices.map { i in gen.b.load(LLVMTypeOf(args[i]), gen.b.structGEP(argsType, block, i)) }
        try gen.emitDeferredCall(target, values: values, argTypes: argTypes, at: pos)
        if !gen.b.isTerminated { LLVMBuildRetVoid(gen.b.b) }
        gen.finishBlocks()
        b.position(at: saved)

        return m.constantClosure(fnValue, name: name + "·f")
    }

    /// Makes the deferred call with the saved operand values: in a thunk, or
    /// inline at an open-coded exit.
    func emitDeferredCall(_ target: DeferredTarget, values: [LLValue], argTypes: [GoType], at pos: Pos) throws {
        switch target {
        case let .direct(callee, calleeType, _, f):
            let call = b.call(calleeType, callee, [t.null(t.heapPtr)] + values)
            if standsIn { keepFrame(of: call, calling: f) }
        case let .closure(calleeType, _):
            let closure = values[0]
            nilCheck(closure)
            let code = b.load(t.ptr, closure, "fn")
            let call = b.call(calleeType, code, [closure] + values.dropFirst())
            if standsIn { keepFrame(of: call, calling: nil) }
        case let .builtin(id):
            switch id {
            case .print, .println:
                try printOperands(zip(values, argTypes).map { ($0, $1, pos) }, newline: id == .println)
            case .panic:
                let (ft, f) = m.runtime(.gopanic)
                _ = b.call(ft, f, [b.extract(values[0], 0), b.extract(values[0], 1)])
            case .recover:
                let (ft, f) = m.runtime(.gorecover)
                _ = b.call(ft, f, [values[0]])
            case .close:
                callRuntime(.closechan, [values[0]])
            case .copy:
                // copy(dst, src) of a slice or string src: both are { ptr, len, ... }.
                let (_, _, size) = try elementType(of: argTypes[0], at: pos)
                let dlen = b.extract(values[0], 1), slen = b.extract(values[1], 1)
                let n = b.select(b.icmp(LLVMIntSLT, dlen, slen), dlen, slen)
                memmove(b.extract(values[0], 0), b.extract(values[1], 0), LLVMBuildMul(b.b, n, t.i64(size), "")!)
            case .delete:
                let (_, desc) = try mapTypes(argTypes[0], at: pos)
                callRuntime(.mapdelete, [desc, values[0], inMemory(values[1], of: argTypes[1], at: pos, "key")])
            default:
                throw Unsupported(pos, "deferring the built-in function \(id.rawValue)")
            }
        }
    }

    /// The thunk for `target` and the call an open-coded exit makes instead.
    private func wrapped(_ target: DeferredTarget, argTypes: [GoType], args: [LLValue], at pos: Pos) throws
        -> (LLValue, [LLValue], DeferredCall) {
        // A large argument points to a temporary of this statement: the
        // record keeps a copy of its own (BigAggregates.swift).
        let saved = try zip(args, argTypes).map { a, type in
            isLarge(type, at: pos) ? try copyLarge(type, from: a, onHeap: true, at: pos) : a
        }
        return (try thunk(target, argTypes: argTypes, args: saved, at: pos), saved,
                DeferredCall(kind: .target(target), argTypes: argTypes, pos: pos))
    }

    /// recover(): the current panic's value if this function was called
    /// directly by a deferred call of it (checked by the runtime on frame
    /// pointers), else nil. The function is a recover frame (emitBody).
    func recoverValue() -> LLValue {
        let (ft, f) = m.runtime(.gorecover)
        return b.call(ft, f, [m.frameAddress()])
    }

    /// The prologue of a compiler-made thunk or wrapper (gc's wrapper
    /// prologue, which moves panic.argp): if the runtime, or a thunk or
    /// wrapper standing in for it, called this one for the current panic,
    /// the function it calls passes recover's check in its place.
    func forwardRecoverFrame() {
        callRuntime(.deferwrap, [m.frameAddress()])
    }

    /// The call a thunk or wrapper makes of the function `f` it stands for
    /// (nil: not known) keeps f's frame when f may call a function that
    /// calls recover: inlined, that call would come from this frame, which
    /// passes the check (Escape/RecoverFrames.swift).
    func keepFrame(of call: LLValue, calling f: Func?) {
        guard f.map(m.recoverAnalysis.mayCallRecoverer) ?? true else { return }
        LLVMAddCallSiteAttribute(call, functionAttributeIndex, m.enumAttribute("noinline"))
    }
}

extension ModuleGenerator {
    /// A function that calls recover: recover checks its frame and its
    /// caller's, so it is never inlined (no call is ever a tail call:
    /// Builder.call).
    func markRecoverFrame(_ fn: LLValue) {
        addEnumAttribute(fn, "noinline")
    }

    /// The body of runtime.deferwrap (runtime/src/defer.c) as an
    /// available_externally definition, so that a wrapper's prologue is a
    /// few loads inline: g->_panic, its argp, and the caller's frame pointer
    /// saved at `frame` (fields: ABI.swift).
    func defineDeferwrap(_ fn: LLValue) {
        let saved = LLVMGetInsertBlock(builder.b)
        defer { if let saved { builder.position(at: saved) } }
        LLVMSetLinkage(fn, LLVMAvailableExternallyLinkage)
        let entry = LLVMAppendBasicBlockInContext(context, fn, "entry")!
        let check = LLVMAppendBasicBlockInContext(context, fn, "check")!
        let forward = LLVMAppendBasicBlockInContext(context, fn, "forward")!
        let done = LLVMAppendBasicBlockInContext(context, fn, "done")!
        builder.position(at: entry)
        let frame = LLVMGetParam(fn, 0)!
        let g = builder.load(t.ptr, currentGoroutine, "g")
        let p = builder.load(t.ptr, builder.structGEP(goroutinePrefixType, g, GoroutineField.panic), "panic")
        builder.condBr(builder.icmp(LLVMIntEQ, p, t.null(t.ptr)), done, check)
        builder.position(at: check)
        let argp = builder.load(t.i64, builder.structGEP(panicPrefixType, p, PanicField.argp), "argp")
        let caller = builder.load(t.i64, LLVMBuildIntToPtr(builder.b, frame, t.ptr, "")!, "caller")
        let matches = builder.and(builder.icmp(LLVMIntNE, argp, t.i64(0)), builder.icmp(LLVMIntEQ, caller, argp))
        builder.condBr(matches, forward, done)
        builder.position(at: forward)
        builder.store(frame, builder.structGEP(panicPrefixType, p, PanicField.argp))
        builder.br(done)
        builder.position(at: done)
        LLVMBuildRetVoid(builder.b)
    }
}
