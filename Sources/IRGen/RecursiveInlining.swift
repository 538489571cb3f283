import CLLVM
import GoSyntax
import GoTypes

// Recursive inlining, as GCC's inliner does it for small self-recursive
// functions (gccgo unrolls fib this way): LLVM never inlines a function into
// itself, so IRGen emits a small self-recursive function's body more than
// once. `f` calls `f.rec1`, `f.rec1` calls `f.rec2`, and `f.rec2` calls `f`;
// the copies are internal and `alwaysinline`, so after inlining each real
// call of `f` does the work of three levels of the recursion.

/// How many extra copies of the body a recursive function gets.
let recursiveInliningCopies = 2
/// Bodies larger than this many syntax nodes are not copied.
let recursiveInliningMaxNodes = 60

extension ModuleGenerator {
    /// Whether `decl` is a small function that calls itself and has nothing
    /// that a copy of its body could not repeat (literals, defers, recover).
    func isSmallSelfRecursive(_ decl: FuncDecl, _ fnObj: Func) -> Bool {
        guard decl.recv == nil, let body = decl.body else { return false }
        var nodes = 0, callsItself = false, copyable = true
        func visit(_ e: Expr?) {
            guard let e = e, copyable else { return }
            nodes += 1
            switch e {
            case is FuncLit: copyable = false
            case let c as CallExpr:
                if let id = unparen(c.fun) as? Ident {
                    let obj = info.object(of: id)
                    if obj === fnObj { callsItself = true }
                    if let b = obj as? Builtin, b.id == .recover { copyable = false }
                }
                visit(c.fun); c.args.forEach(visit)
            case let p as ParenExpr: visit(p.x)
            case let u as UnaryExpr: visit(u.x)
            case let b as BinaryExpr: visit(b.x); visit(b.y)
            case let s as SelectorExpr: visit(s.x)
            case let i as IndexExpr: visit(i.x); visit(i.index)
            case let s as StarExpr: visit(s.x)
            default: break
            }
        }
        func visit(_ s: Stmt?) {
            guard let s = s, copyable else { return }
            nodes += 1
            switch s {
            case let s as BlockStmt: s.list.forEach(visit)
            case let s as ExprStmt: visit(s.x)
            case let s as AssignStmt: (s.lhs + s.rhs).forEach(visit)
            case let s as IncDecStmt: visit(s.x)
            case let s as ReturnStmt: s.results.forEach(visit)
            case let s as IfStmt: visit(s.initStmt); visit(s.cond); visit(s.body); visit(s.elseStmt)
            case let s as ForStmt: visit(s.initStmt); visit(s.cond); visit(s.post); visit(s.body)
            case let s as DeclStmt:
                for case let v as ValueSpec in s.decl.specs { v.values.forEach(visit) }
            case let s as SwitchStmt:
                visit(s.initStmt); visit(s.tag)
                for c in s.clauses { c.list.forEach(visit); c.body.forEach(visit) }
            default: copyable = false   // labels, defer, go, select, ...: keep the one body
            }
        }
        visit(body)
        return callsItself && copyable && nodes <= recursiveInliningMaxNodes
    }

    /// Emits the copies of a small self-recursive function's body and points
    /// each body's self-calls at the next copy (the last one back at `fn`).
    func defineRecursiveCopies(_ decl: FuncDecl, _ fnObj: Func, _ fn: LLValue, _ sig: Signature, _ name: String) throws {
        guard let body = decl.body else { return }
        let fnType = LLVMGlobalGetValueType(fn)!
        var copies: [LLValue] = []
        for i in 1...recursiveInliningCopies {
            let copy = LLVMAddFunction(module, "\(name).rec\(i)", fnType)!
            setFunctionAttributes(copy)
            addEnumAttribute(copy, "alwaysinline")
            LLVMSetLinkage(copy, LLVMInternalLinkage)
            copies.append(copy)
        }
        let bodies = [fn] + copies
        for (i, f) in bodies.enumerated() {
            let gen = FunctionGenerator(module: self, function: f, signature: sig, name: name)
            gen.selfCallTarget = (ObjectIdentifier(fnObj), bodies[(i + 1) % bodies.count])
            try gen.emitBody(params: decl.type.params, results: decl.type.results, recv: nil, body: body, captures: [])
        }
    }
}
