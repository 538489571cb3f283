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
    func goStmt(_ s: GoStmt) throws {
        thunkKind = "gowrap"
        defer { thunkKind = "deferwrap" }
        let (fnValue, args, call) = try deferredCall(s.call, stackPlacement: false)
        var block = t.null(t.heapPtr)
        if !args.isEmpty {
            // A large argument is already a heap copy of its own (wrapped):
            // the block holds the pointer.
            let fields = call.argTypes.enumerated().map { i, type in
                Var(name: "a\(i)", pos: .none, type: isLarge(type, at: s.pos) ? Pointer(type) : type, pkgPath: "main")
            }
            for f in fields { f.isField = true }
            let argsStruct = Struct(fields: fields, tags: fields.map { _ in nil })
            block = try newObject(argsStruct, at: s.pos, "go.args")
            let argsType = t.structType(args.map { LLVMTypeOf($0) })
            for (i, a) in args.enumerated() { b.store(a, b.structGEP(argsType, block, i)) }
        }
        callRuntime(.newproc, [fnValue, block])
    }
}
