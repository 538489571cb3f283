import CLLVM
import GoSyntax
import GoTypes

// Recursive inlining, as GCC's inliner does it for small self-recursive
// functions (gccgo unrolls fib this way): LLVM never inlines a function into
// itself, so IRGen emits a small self-recursive function's body more than
// once. `f` calls `f.rec1`, `f.rec1` calls `f.rec2`, and `f.rec2` calls `f`;
// the copies are internal and `alwaysinline`, so after inlining each real
// call of `f` does the work of three levels of the recursion. Which
// functions qualify is decided in Escape/RecursiveInlining.swift.

/// How many extra copies of the body a recursive function gets.
let recursiveInliningCopies = 2

extension ModuleGenerator {
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
