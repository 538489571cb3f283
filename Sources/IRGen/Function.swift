import CLLVM
import Escape
import GoSyntax
import GoTypes

/// Lowers one function body (a declared function or a function literal).
final class FunctionGenerator {
    let m: ModuleGenerator
    let fn: LLValue
    let signature: Signature
    /// The link name, which closures inside extend: `main.f.func1`.
    let name: String
    var b: Builder { m.builder }
    var t: LLVMTypes { m.t }
    var info: Info { m.info }

    let entry: LLBlock
    /// Allocas go at the top of the entry block so mem2reg promotes them.
    let allocaBuilder: LLVMBuilderRef
    var locals: [ObjectIdentifier: VarSlot] = [:]
    /// Slots of the results, in order (named results or compiler temporaries).
    var resultSlots: [VarSlot] = []
    /// The function has defer statements of its own (not in nested literals).
    var defers = false
    /// Where a recovered panic resumes this frame (docs/DESIGN.md §6), made on first use.
    var recoveryBlock: LLBlock?
    /// The exits run the stack records' calls inline (Defer.swift: setUpOpenExit).
    var usesOpenExit = false
    var deferBits: LLValue?
    var openDefers: [OpenDefer] = []
    /// The common exit block of a function with an open-coded exit.
    var exitBlock: LLBlock?
    var targets: [BranchTarget] = []
    var labelBlocks: [String: LLBlock] = [:]
    /// Where `fallthrough` goes in the switch clause being generated.
    var fallthroughTarget: LLBlock?
    /// A function literal: closures inside it are named `outer.N`, not `outer.funcN`.
    var isLiteral = false
    /// Calls of this function object go to another copy of its body (RecursiveInlining.swift).
    var selfCallTarget: (ObjectIdentifier, LLValue)?
    /// What thunks made now are for: "deferwrap", or "gowrap" in a go statement.
    var thunkKind = "deferwrap"
    /// A thunk, whose calls of the deferred function keep its frame (Defer.swift keepFrame).
    var standsIn = false
    /// The variables of enclosing functions this literal uses.
    var capturedVariables: Set<ObjectIdentifier> = []
    /// Results of the calls the current statement made first (EvalOrder.swift).
    var hoisted: [ObjectIdentifier: LLValue?] = [:]
    /// The closure context: the hidden first parameter.
    var contextParam: LLValue { LLVMGetParam(fn, 0) }

    /// `pos`: where the function is declared (none for a compiler-made one).
    init(module: ModuleGenerator, function: LLValue, signature: Signature, name: String, pos: Pos = .none) {
        m = module
        fn = function
        self.signature = signature
        self.name = name
        entry = LLVMAppendBasicBlockInContext(module.context, function, "entry")
        allocaBuilder = LLVMCreateBuilderInContext(module.context)
        LLVMPositionBuilderAtEnd(allocaBuilder, entry)
        module.builder.position(at: entry)
        if let d = module.debugInfo {
            _ = d.subprogram(function, name: name, at: pos)
            setLocation(pos)
        }
    }

    deinit { LLVMDisposeBuilder(allocaBuilder) }

    func newBlock(_ label: String) -> LLBlock { LLVMAppendBasicBlockInContext(m.context, fn, label) }

    /// Lets `address` escape, as far as LLVM knows: an empty inline asm
    /// takes it and clobbers memory, so any later call may read what is
    /// stored there.
    func escape(_ address: LLValue) {
        let type = t.function(t.void, [LLVMTypeOf(address)])
        let constraints = "r,~{memory}"
        let asm = LLVMGetInlineAsm(type, "", 0, constraints, constraints.utf8.count, 1, 0, LLVMInlineAsmDialectATT, 0)!
        _ = b.call(type, asm, [address])
    }

    /// Starts a fresh block if the current one is already terminated (code after
    /// a return or a panic is unreachable but must still be well-formed IR).
    func ensureOpenBlock() {
        if b.isTerminated { b.position(at: newBlock("dead")) }
    }

    func alloca(_ ty: LLType, _ label: String) -> LLValue {
        if let first = LLVMGetFirstInstruction(entry) {
            LLVMPositionBuilderBefore(allocaBuilder, first)
        } else {
            LLVMPositionBuilderAtEnd(allocaBuilder, entry)
        }
        return LLVMBuildAlloca(allocaBuilder, ty, label)
    }

    /// Declares a local variable at the current point, zeroed. A variable that an
    /// escaping closure captures lives in a heap cell so that both share it
    /// (spec: "Function literals": closures refer to the variables, not
    /// copies); so does one whose address may outlive the frame
    /// (Escape/AddressEscape.swift). `-d=escape` reports them as gc's -m does.
    @discardableResult
    func declare(_ v: Var, at pos: Pos) throws -> VarSlot {
        m.checkChannelElement(v.type, at: v.pos)
        let ty = try m.lower(v.type, at: pos)
        let address: LLValue
        if (v.isCaptured && m.closureAnalysis.needsHeapCell(v)) || (v.isAddressTaken && m.addressEscape.escapes(v))
            || m.target.size(of: ty) > maxStackVarBytes {
            address = try newObject(v.type ?? Universe.invalid, at: pos, v.name)
            m.reportEscape(at: v.pos, "moved to heap: \(v.name)")
        } else {
            address = alloca(ty, v.name)
            zero(address, ty)
        }
        // A captured variable that stays in the frame is reached by its closures
        // through a pointer cast into the heap address space, like any cell.
        let slot = VarSlot(address: (v.isCaptured || v.isAddressTaken) && LLVMGetPointerAddressSpace(LLVMTypeOf(address)) == 0
                           ? LLVMBuildAddrSpaceCast(allocaBuilder, address, t.heapPtr, "")! : address,
                           type: ty, goType: v.type ?? Universe.invalid)
        locals[ObjectIdentifier(v)] = slot
        return slot
    }

    /// Zeroes a frame slot: a store of the zero value, or for an aggregate
    /// a memset (LLVM expands a zeroinitializer store element by element,
    /// which a huge array of zero-size elements makes endless).
    func zero(_ address: LLValue, _ ty: LLType) {
        let kind = LLVMGetTypeKind(ty)
        guard kind == LLVMStructTypeKind || kind == LLVMArrayTypeKind else {
            b.store(t.null(ty), address)
            return
        }
        LLVMBuildMemSet(b.b, address, t.constInt(t.i8, 0), t.i64(m.target.size(of: ty)), UInt32(m.target.alignment(of: ty)))
    }

    func slot(of v: Var, at pos: Pos) throws -> VarSlot {
        if let s = locals[ObjectIdentifier(v)] { return s }
        if let s = try m.global(for: v, at: pos) { return s }
        // A package-level variable of a type golly cannot lower yet has no
        // storage: report the type, as its declaration did.
        if v.isPackageLevel { _ = try m.lower(v.type, at: pos) }
        throw InternalError(pos: pos, message: "variable \(v.name) has no storage")
    }

    // MARK: - Body

    /// Emits parameters, results, captured variables and the body.
    func emitBody(params: [Field], results: [Field], recv: Field?, body: BlockStmt, captures: [Var]) throws {
        if m.recoverAnalysis.callsRecover(body) { m.markRecoverFrame(fn) }
        // Captured variables arrive through the closure object { fnptr, cell... }.
        capturedVariables = Set(captures.map { ObjectIdentifier($0) })
        if !captures.isEmpty {
            let ctxType = t.structType([t.ptr] + captures.map { _ in t.heapPtr })
            for (i, v) in captures.enumerated() {
                let field = b.structGEP(ctxType, contextParam, i + 1)
                let cell = b.load(t.heapPtr, field, v.name + ".cell")
                locals[ObjectIdentifier(v)] = VarSlot(address: cell, type: try m.lower(v.type, at: body.pos), goType: v.type ?? Universe.invalid)
            }
        }
        var index: UInt32 = 1     // after the context
        for field in (recv.map { [$0] } ?? []) + params {
            let vars = try fieldVars(field)
            for v in vars {
                let p = LLVMGetParam(fn, index)!
                index += 1
                guard let v = v else { continue }
                let s = try declare(v, at: field.pos)
                try store(p, s)
            }
        }
        // Result variables: the declared ones, else the signature's (for `_` results).
        let declared = try results.flatMap { try fieldVars($0) }.compactMap { $0 }
        let resultVars = declared.count == signature.results.count ? declared : signature.results.vars
        defers = m.deferAnalysis.defers(in: body)
        // A frame that defers is its records' identity (deferreturn(frame),
        // the recovery point): inlined into its caller it would take the
        // caller's frame and run the caller's deferred calls too.
        if defers { m.addEnumAttribute(fn, "noinline") }
        let resumable = defers && DirectCalls.defers(in: body).contains { m.recoverAnalysis.mayRecover(deferred: $0.call) }
        for v in resultVars {
            var s = try declare(v, at: body.pos)
            if resumable {
                // The recovery path returns the results' current values: keep
                // them in memory, and let every call see that memory, so that
                // a store to a part of a result (`s.a = 1; panic(x)`) is not
                // dropped as dead before a call that never returns normally.
                s.isVolatile = true
                locals[ObjectIdentifier(v)] = s
                escape(s.address)
            }
            resultSlots.append(s)
        }
        setUpOpenExit(body)
        try block(body.list)
        if !b.isTerminated {
            if signature.results.count == 0 {
                try emitReturn(values: [], at: body.rbrace)
            } else {
                b.unreachable()     // the checker guarantees a terminating statement
            }
        }
        if let exit = exitBlock { try emitOpenExit(exit) }
        finishBlocks()
    }

    /// The variables a parameter/result field declares (nil for `_`, which gets
    /// no storage); an unnamed field declares one implicit variable.
    func fieldVars(_ field: Field) throws -> [Var?] {
        if field.names.isEmpty {
            return [info.implicits[field.id] as? Var]
        }
        return field.names.map { info.defs[$0.id] as? Var }.map { v in
            guard let v = v, v.name != "_" else { return v }
            return v
        }
    }

    /// Every block must end in a terminator; blocks left open are unreachable.
    func finishBlocks() {
        var bb = LLVMGetFirstBasicBlock(fn)
        while let block = bb {
            if LLVMGetBasicBlockTerminator(block) == nil {
                b.position(at: block)
                b.unreachable()
            }
            bb = LLVMGetNextBasicBlock(block)
        }
    }

    // MARK: - Returns

    func emitReturn(values: [LLValue], at pos: Pos) throws {
        if !values.isEmpty {
            for (slot, v) in zip(resultSlots, values) { try store(v, slot) }
        }
        // Deferred calls run after the results are set and may change them.
        if usesOpenExit {
            let exit = exitBlock ?? newBlock("defer.exit")
            exitBlock = exit
            b.br(exit)
            return
        }
        if defers { callDeferReturn() }
        let results = try resultSlots.map { try returnedValue($0) }
        switch results.count {
        case 0: LLVMBuildRetVoid(b.b)
        case 1: LLVMBuildRet(b.b, results[0])
        default:
            let ty = try m.lowerResults(signature, at: pos)
            LLVMBuildRet(b.b, b.aggregate(ty, results))
        }
    }
}

/// Where `break` and `continue` go for one enclosing statement.
struct BranchTarget {
    let label: String?
    let breakBlock: LLBlock
    let continueBlock: LLBlock?     // nil for switch
}
