import GoSyntax

/// What a function body does itself, outside the function literals it
/// contains. A deferred function stops a panic only by calling recover
/// itself (spec: "Handling panics": recover is "called directly by a
/// deferred function"), so IRGen asks this of deferred functions, and of
/// a function's own defer statements, to know whether a frame can ever be
/// resumed by a recovery (Defer.swift).
public enum DirectCalls {
    /// Calls whose callee is a plain identifier (`recover()`, `f(x)`).
    public static func identifierCalls(in body: BlockStmt) -> [(CallExpr, Ident)] {
        own(in: body) { node in
            guard let c = node as? CallExpr, let id = unparen(c.fun) as? Ident else { return nil }
            return (c, id)
        }
    }

    /// Every call the body makes itself (defer and go statements' too).
    public static func calls(in body: BlockStmt) -> [CallExpr] {
        own(in: body) { $0 as? CallExpr }
    }

    /// The body's defer statements.
    public static func defers(in body: BlockStmt) -> [DeferStmt] {
        own(in: body) { $0 as? DeferStmt }
    }

    /// The nodes of `body` that `match` picks, outside the function
    /// literals it contains (their bodies are functions of their own).
    private static func own<T>(in body: BlockStmt, _ match: (Node) -> T?) -> [T] {
        var found: [T] = []
        SyntaxWalker.walk(body) { node, _ in
            if let m = match(node) { found.append(m) }
            return !(node is FuncLit)
        }
        return found
    }

}

/// Whether a package has go statements: only then do its loops check for
/// preemption (IRGen Goroutines.swift), which costs a load per iteration.
public func startsGoroutines(_ files: [File]) -> Bool {
    var found = false
    for file in files where !found {
        SyntaxWalker.walk(file) { node in if node is GoStmt { found = true } }
    }
    return found
}
