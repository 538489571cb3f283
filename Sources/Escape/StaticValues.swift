import GoSyntax
import GoTypes

/// The value a local variable always holds, where the source shows it: gc's
/// ir.StaticValue (cmd/compile/internal/ir/expr.go), which its devirtualizer
/// uses. A local variable defined with a value (`x := e`, `var x T = e`)
/// and never assigned again nor address-taken anywhere in the package
/// (closures included) holds e's value; following such variables from an
/// expression ends at the expression that produced it.
///
/// gc then calls `i.M()` directly when i's static value converts a concrete
/// type to the interface (devirtualize.go), which is observable: a value
/// method called through an interface holding a nil *T dereferences nil
/// (`invalid memory address or nil pointer dereference`) instead of
/// reaching the wrapper's `value method main.T.M called using nil *T
/// pointer`. IRGen does the same (InterfaceCalls.swift).
public struct StaticValues {
    /// The defining expression of each local variable that is never
    /// assigned after its definition.
    private var definitions: [ObjectIdentifier: Expr] = [:]

    public init(files: [File], info: Info) {
        var defined: [ObjectIdentifier: Expr] = [:]
        var reassigned: Set<ObjectIdentifier> = []
        func variable(_ e: Expr) -> Var? {
            guard let id = unparen(e) as? Ident else { return nil }
            return info.object(of: id) as? Var
        }
        func assigned(_ e: Expr?) {
            if let e, let v = variable(e) { reassigned.insert(ObjectIdentifier(v)) }
        }
        for file in files {
            let packageLevel = Set(file.decls.map { ObjectIdentifier($0) })
            SyntaxWalker.walkWithParents(file) { node, parent in
                switch node {
                case let a as AssignStmt:
                    guard a.tok == .define else { a.lhs.forEach(assigned); break }
                    for (i, lhs) in a.lhs.enumerated() {
                        guard let id = lhs as? Ident else { continue }
                        if let v = info.defs[id.id] as? Var {
                            // `a, b := f()` defines them by a call: no static value.
                            if a.lhs.count == a.rhs.count { defined[ObjectIdentifier(v)] = a.rhs[i] }
                        } else {
                            assigned(id)    // redeclared by :=, so assigned
                        }
                    }
                case let spec as ValueSpec:
                    // Package-level variables can change from any function:
                    // not followed, as in gc (only PAUTO variables are).
                    guard let parent, !packageLevel.contains(ObjectIdentifier(parent)),
                          spec.names.count == spec.values.count else { break }
                    for (id, value) in zip(spec.names, spec.values) {
                        if let v = info.defs[id.id] as? Var { defined[ObjectIdentifier(v)] = value }
                    }
                case let r as RangeStmt where r.tok == .assign:
                    assigned(r.key); assigned(r.value)
                case let s as IncDecStmt:
                    assigned(s.x)
                case let u as UnaryExpr where u.op == .and:
                    assigned(u.x)
                default: break
                }
            }
        }
        for (v, e) in defined where !reassigned.contains(v) { definitions[v] = e }
    }

    /// The concrete type whose value the interface operand `x` holds, when
    /// its static value converts one to an interface (gc's OCONVIFACE of a
    /// non-interface type): explicitly `I(v)`, or implicitly where a
    /// variable of interface type is defined with a value of another type.
    /// A conversion from another interface type ends the search, as in gc
    /// (devirtualize.go: `if typ.IsInterface() { return }`). Only variables
    /// of the function being compiled are followed: gc does not follow the
    /// variables a closure captures (`following` says which).
    public func concreteType(ofInterface x: Expr, info: Info, following: (Var) -> Bool) -> GoType? {
        var e = unparen(x)
        guard var current = info.type(of: e) else { return nil }
        while true {
            if let call = e as? CallExpr, call.args.count == 1, info.types[call.fun.id]?.mode == .typexpr {
                e = unparen(call.args[0])
            } else if let id = e as? Ident, let v = info.object(of: id) as? Var, !v.isAddressTaken, following(v),
                      let definition = definitions[ObjectIdentifier(v)] {
                e = unparen(definition)
            } else {
                return nil
            }
            guard let type = info.type(of: e) else { return nil }
            if type.underlying is Interface {
                // The same interface type: no conversion, keep following.
                guard identical(type, current) else { return nil }
                current = type
                continue
            }
            // An untyped nil is no concrete type.
            if let b = type as? Basic, b.kind == .untypedNil { return nil }
            return type
        }
    }
}
