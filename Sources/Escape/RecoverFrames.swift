import GoSyntax
import GoTypes

/// Which frames recover's rule depends on, so that code generation keeps them
/// apart (docs/DESIGN.md §6).
///
/// Spec ("Handling panics"): recover returns nil when it "was not called
/// directly by a deferred function". golly checks the rule on frame
/// pointers: runtime.gorecover succeeds when the frame that called the
/// function calling recover is the frame that runs the panic's deferred call
/// (the runtime's golly_call_deferred), or a compiler-made thunk or wrapper
/// that stands in for it (runtime.deferwrap, gc's wrapper prologue that
/// moves panic.argp). Every optimisation that changes which frame makes a
/// call must therefore leave three things alone:
///
/// - A function that calls recover is never inlined (its frame is the one
///   checked) and never reached by a tail call or turned into a loop by
///   tail-recursion elimination (its caller's frame is the one compared).
/// - A thunk or wrapper does not inline the function it stands for when that
///   function may call a function that calls recover: the call would then
///   come from the thunk's frame, which passes the check, although the spec
///   says it was not called directly by the deferred function
///   (`defer f()` where f calls helper() and helper calls recover).
/// - A deferred call that cannot reach recover at all (a literal, function
///   or method whose own body has no recover) never resumes its frame, so
///   the frame needs no resume point (IRGen Defer.swift).
///
/// Facts are per function body and memoized; the checker's Info names the
/// callees.
public final class RecoverAnalysis {
    private let info: Info
    private var callsRecoverMemo: [ObjectIdentifier: Bool] = [:]
    private var reachesMemo: [ObjectIdentifier: Bool] = [:]

    public init(info: Info) { self.info = info }

    /// Whether `body` calls recover itself (outside the literals it contains).
    public func callsRecover(_ body: BlockStmt) -> Bool {
        if let known = callsRecoverMemo[body.id] { return known }
        let calls = DirectCalls.identifierCalls(in: body).contains { _, id in
            (info.object(of: id) as? Builtin)?.id == .recover
        }
        callsRecoverMemo[body.id] = calls
        return calls
    }

    /// Whether the declared function or method `f` calls recover itself.
    /// Another package's function may (its body is its own package's to
    /// analyse: docs/DESIGN.md §2).
    public func callsRecover(_ f: Func) -> Bool {
        guard isLocal(f) else { return true }
        guard let body = f.decl?.body else { return false }
        return callsRecover(body)
    }

    /// Whether the deferred call `call` may stop a panic (and so resume the
    /// deferring frame): only a function that calls recover itself can, so a
    /// literal, a declared function or a method whose body has no recover()
    /// never does. Calls of func values and interface methods, and `defer
    /// recover()`, may.
    public func mayRecover(deferred call: CallExpr) -> Bool {
        switch unparen(call.fun) {
        case let lit as FuncLit: return callsRecover(lit.body)
        case let id as Ident:
            switch info.object(of: id) {
            // A function without a body here (another package's, or one a
            // //go:linkname defines elsewhere) may recover.
            case let f as Func: return isLocal(f) ? f.decl?.body.map(callsRecover) ?? true : true
            case let b as Builtin: return b.id == .recover
            default: return true
            }
        case let sel as SelectorExpr:
            guard let method = staticMethod(sel) else { return true }
            return isLocal(method) ? method.decl?.body.map(callsRecover) ?? true : true
        default: return true
        }
    }

    /// Whether a thunk or wrapper that calls `f` must keep f's frame of its
    /// own (not inline it): whether a call made by f's body, or by a body
    /// LLVM may inline into it, may be a call of a function that calls
    /// recover. Calls through func values and interfaces may be; so may a
    /// call of a declared function that may itself be inlined with such a
    /// call in it. A function that calls recover itself is never inlined
    /// (IRGen), so it needs no such care from its callers.
    public func mayCallRecoverer(_ f: Func) -> Bool {
        guard isLocal(f) else { return true }
        guard let body = f.decl?.body else { return false }
        return mayCallRecoverer(body)
    }

    private func mayCallRecoverer(_ body: BlockStmt) -> Bool {
        if let known = reachesMemo[body.id] { return known }
        // Recursion: assume the worst while the body is being looked at,
        // so that no answer rests on an unfinished one.
        reachesMemo[body.id] = true
        var found = false
        for call in DirectCalls.calls(in: body) where !found {
            found = mayCallRecoverer(through: call)
        }
        reachesMemo[body.id] = found
        return found
    }

    private func mayCallRecoverer(through call: CallExpr) -> Bool {
        if info.types[call.fun.id]?.mode == .typexpr { return false }     // a conversion
        switch unparen(call.fun) {
        case let lit as FuncLit:
            return callsRecover(lit.body) || mayCallRecoverer(lit.body)
        case let id as Ident:
            switch info.object(of: id) {
            case is Builtin: return false
            case let f as Func: return callsRecover(f) || mayCallRecoverer(f)
            default: return true        // a func value
            }
        case let sel as SelectorExpr:
            if info.selections[sel.id] == nil {
                // A qualified identifier: golly's runtime never calls a
                // function that recovers; another package's function may.
                guard let f = info.object(of: sel.sel) as? Func else { return true }
                return f.pkgPath != "runtime"
            }
            guard let method = staticMethod(sel) else { return true }
            return callsRecover(method) || mayCallRecoverer(method)
        default:
            return true
        }
    }

    /// The method a selector calls statically: a method value or method
    /// expression of a concrete type (not a field of func type, not an
    /// interface method).
    private func staticMethod(_ sel: SelectorExpr) -> Func? {
        guard let selection = info.selections[sel.id], selection.kind != .fieldVal,
              let method = selection.obj as? Func, !selection.isInterfaceMethod else { return nil }
        return method
    }

    /// Declared in the package being analysed: its body is known here.
    private func isLocal(_ f: Func) -> Bool { f.pkgPath == info.pkgPath }
}

extension Selection {
    /// The selector names a method of an interface: x's own, or one promoted
    /// from an embedded interface field.
    public var isInterfaceMethod: Bool {
        guard let method = obj as? Func, let sig = method.type as? Signature else { return false }
        return sig.recv == nil || sig.recv?.type.underlying is Interface
    }
}
