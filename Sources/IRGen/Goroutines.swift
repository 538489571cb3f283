import CLLVM
import GoSyntax
import GoTypes

// Go statements (spec: "Go statements"). The function value and the
// arguments are evaluated as for a defer statement (Defer.swift
// deferredCall: a literal without parameters is started as itself, any
// other call through a thunk `fn(ctx, args)`), saved in a new heap object,
// and runtime.newproc starts a goroutine that calls fn with it
// (runtime/src/proc.c).

extension FunctionGenerator {
    /// At a loop's back edge in a package that starts goroutines: if the
    /// runtime's 10 ms CPU ticker has asked for it, let the other goroutines
    /// run (runtime.preemptPark). Goroutines share one thread and switch only
    /// at calls into the scheduler, so without this a loop that never
    /// blocks would starve them (gc preempts it asynchronously). The flag is
    /// read with a volatile load so that no loop hoists it.
    func preemptionCheck() {
        guard m.checksPreemption, !b.isTerminated else { return }
        let flag = m.preemptFlag
        let requested = LLVMBuildLoad2(b.b, t.i8, flag, "preempt")!
        LLVMSetVolatile(requested, 1)
        let park = newBlock("preempt"), cont = newBlock("preempt.cont")
        let br = LLVMBuildCondBr(b.b, b.icmp(LLVMIntNE, requested, t.constInt(t.i8, 0)), park, cont)!
        LLVMSetMetadata(br, LLVMGetMDKindIDInContext(m.context, "prof", 4), m.branchWeights(1, 10000))
        b.position(at: park)
        callRuntime(.preemptPark, [])
        b.br(cont)
        b.position(at: cont)
    }

    func goStmt(_ s: GoStmt) throws {
        // `go f()` of a func value without arguments starts f itself, as in
        // gc, whose newproc then throws `go of nil func value` for a nil f.
        if s.call.args.isEmpty, isFuncValue(s.call.fun) {
            callRuntime(.newproc, [try expr(s.call.fun), t.null(t.heapPtr)])
            return
        }
        thunkKind = "gowrap"
        defer { thunkKind = "deferwrap" }
        let (fnValue, args, call) = try deferredCall(s.call, stackPlacement: false)
        var block = t.null(t.heapPtr)
        if !args.isEmpty {
            // A large argument is already a heap copy of its own (wrapped):
            // the block holds the pointer.
            let argsStruct = m.compilerStruct(call.argTypes.enumerated().map { i, type in
                ("a\(i)", isLarge(type, at: s.pos) ? Pointer(type) : type)
            })
            block = try newObject(argsStruct, at: s.pos, "go.args")
            let argsType = t.structType(args.map { LLVMTypeOf($0) })
            for (i, a) in args.enumerated() { b.store(a, b.structGEP(argsType, block, i)) }
        }
        callRuntime(.newproc, [fnValue, block])
    }

    /// Whether `fun` is a func-typed value (a variable, field, call result,
    /// ...) rather than a function, method or literal the compiler knows.
    private func isFuncValue(_ fun: Expr) -> Bool {
        switch unparen(fun) {
        case is FuncLit: return false
        case let id as Ident: return info.object(of: id) is Var
        case let sel as SelectorExpr where qualifiedIdent(sel) != nil: return info.object(of: sel.sel) is Var
        case let sel as SelectorExpr:
            if let selection = info.selections[sel.id] { return selection.kind == .fieldVal }
            return false      // a package's function
        default: return info.type(of: fun)?.underlying is Signature && info.types[fun.id]?.mode != .builtin
        }
    }
}

extension ModuleGenerator {
    /// `golly_preempt` (runtime/src/proc.c), set by the ticker.
    var preemptFlag: LLValue {
        if let g = LLVMGetNamedGlobal(module, "golly_preempt") { return g }
        let g = LLVMAddGlobal(module, t.i8, "golly_preempt")!
        return g
    }
}
