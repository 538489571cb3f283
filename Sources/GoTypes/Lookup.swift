import GoSyntax

// Field and method lookup, method sets and assignability
// (spec: "Selectors", "Method sets", "Assignability"; types2 lookup.go, operand.go).

/// What a selector expression `x.f` denotes (go/types Selection).
public struct Selection {
    public enum Kind: Sendable { case fieldVal, methodVal, methodExpr }
    public let kind: Kind
    /// The type of x (for methodExpr, the type T in T.m).
    public let recv: GoType
    /// The field (Var) or method (Func).
    public let obj: Object
    /// Field indices from x's (dereferenced) struct type down to the field or to the
    /// embedded field holding the method; the last entry is the field/method index.
    public let index: [Int]
    /// A pointer was dereferenced on the way (implicitly).
    public let indirect: Bool
}

/// Finds field or method `name` in T (types2 LookupFieldOrMethod). `index` is
/// non-nil with a nil object for an ambiguous selector; `indirect` with a nil
/// object means a pointer method was found on a non-addressable value.
func lookupFieldOrMethod(_ T: GoType, addressable: Bool, _ name: String) -> (obj: Object?, index: [Int]?, indirect: Bool) {
    if name == "_" { return (nil, nil, false) }
    // *T where T is a named pointer type has no methods (spec).
    if let n = T as? Named, n.underlying is Pointer {
        let r = lookupInner(T, name)
        if r.obj is Func { return (nil, nil, false) }
        return r
    }
    let r = lookupInner(T, name)
    if let f = r.obj as? Func, let sig = f.type as? Signature, let recv = sig.recv, recv.type is Pointer, !r.indirect, !addressable {
        return (nil, nil, true)
    }
    return r
}

private func lookupInner(_ T: GoType, _ name: String) -> (obj: Object?, index: [Int]?, indirect: Bool) {
    var typ = T
    var isPtr = false
    if let p = T.underlying as? Pointer { typ = p.elem; isPtr = true }
    if isPtr, typ.underlying is Interface { return (nil, nil, false) }   // pointer to interface has no methods

    struct Entry { let t: GoType; let index: [Int]; let indirect: Bool }
    var current = [Entry(t: typ, index: [], indirect: isPtr)]
    var seen: Set<ObjectIdentifier> = []
    var depth = 0
    while !current.isEmpty && depth < 64 {
        depth += 1
        var next: [Entry] = []
        var found: (Object, [Int], Bool)?
        var count = 0
        for e in current {
            var t = e.t
            if let n = t as? Named {
                if !seen.insert(ObjectIdentifier(n)).inserted { continue }
                if let i = n.methods.firstIndex(where: { $0.name == name }) {
                    count += 1
                    found = (n.methods[i], e.index + [i], e.indirect)
                    continue
                }
                t = n.underlying
            }
            switch t {
            case let s as Struct:
                var matched = false
                for (i, f) in s.fields.enumerated() {
                    if f.name == name && !matched {
                        // A duplicate field in one struct is reported at its declaration, not as ambiguity.
                        matched = true
                        count += 1
                        found = (f, e.index + [i], e.indirect)
                        continue
                    }
                    if f.isEmbedded {
                        var ft = f.type!
                        var ind = e.indirect
                        if let p = ft as? Pointer { ft = p.elem; ind = true }
                        next.append(Entry(t: ft, index: e.index + [i], indirect: ind))
                    }
                }
            case let it as Interface:
                let ms = it.allMethods.isEmpty ? it.methods : it.allMethods
                if let i = ms.firstIndex(where: { $0.name == name }) {
                    count += 1
                    found = (ms[i], e.index + [i], e.indirect)
                }
            default: break
            }
        }
        if count > 1, let f = found { return (nil, f.1, false) }
        if let f = found { return (f.0, f.1, f.2) }
        current = next
    }
    return (nil, nil, false)
}

extension Checker {
    /// The first method of interface T that V lacks, and a same-named method of the wrong type or receiver.
    func missingMethod(_ V: GoType, _ T: Interface) -> (missing: Func?, alt: Func?) {
        let ms = completeInterface(T)
        if let vi = V.underlying as? Interface {
            let vms = completeInterface(vi)
            for m in ms {
                guard let o = vms.first(where: { $0.name == m.name }) else { return (m, nil) }
                if !identical(o.type, m.type) { return (m, o) }
            }
            return (nil, nil)
        }
        for m in ms {
            let (obj, _, indirect) = lookupFieldOrMethod(V, addressable: false, m.name)
            if let f = obj as? Func, f.type == nil { objDecl(f) }
            guard let f = obj as? Func, f.type != nil else {
                if indirect, let f = lookupFieldOrMethod(V, addressable: true, m.name).obj as? Func, f.type != nil {
                    return (m, f)
                }
                // A method whose name differs only in case makes a better message (types2 foldCase lookup).
                if let n = (V as? Named) ?? ((V as? Pointer)?.elem as? Named),
                   let alt = n.methods.first(where: { $0.name.lowercased() == m.name.lowercased() }), alt.type != nil {
                    return (m, alt)
                }
                return (m, nil)
            }
            if !identical(stripRecv(f.type), stripRecv(m.type)) { return (m, f) }
        }
        return (nil, nil)
    }

    func stripRecv(_ t: GoType?) -> GoType {
        guard let s = t as? Signature else { return t ?? Universe.invalid }
        return s.withoutReceiver
    }

    /// Why V does not implement T, or nil if it does (types2 implements).
    func implementsError(_ V: GoType, _ T: GoType) -> String? {
        if V.underlying === Universe.invalid || T.underlying === Universe.invalid { return nil }
        guard let ti = T.underlying as? Interface else {
            return "\(ts(V)) does not implement \(ts(T)) (\(ts(T)) is not an interface)"
        }
        let (m, alt) = missingMethod(V, ti)
        guard let m else { return nil }
        return "\(ts(V)) does not implement \(ts(T)) \(missingMethodReason(V, T, m, alt))"
    }

    func missingMethodReason(_ V: GoType, _ T: GoType, _ m: Func, _ alt: Func?) -> String {
        let mname = m.name + " method"
        if let alt {
            if alt.name != m.name {
                return "(missing \(mname))\n\t\thave \(funcString(alt))\n\t\twant \(funcString(m))"
            }
            if identical(stripRecv(alt.type), stripRecv(m.type)) { return "(\(mname) has pointer receiver)" }
            return "(wrong type for \(mname))\n\t\thave \(funcString(alt))\n\t\twant \(funcString(m))"
        }
        if let p = V.underlying as? Pointer, p.elem.underlying is Interface {
            return "(type \(ts(V)) is pointer to interface, not interface)"
        }
        return "(missing \(mname))"
    }

    func funcString(_ f: Func) -> String {
        guard let s = f.type as? Signature else { return f.name }
        return f.name + signatureString(s, qualified: false)
    }

    func assignableTo(_ x: Operand, _ T: GoType) -> Bool {
        var r = ""
        return assignableTo(x, T, reason: &r)
    }

    /// spec: "Assignability".
    func assignableTo(_ x: Operand, _ T: GoType, reason: inout String) -> Bool {
        if x.mode == .invalid || T === Universe.invalid { return true }
        let V = x.type
        if identical(V, T) { return true }
        let Vu = V.underlying, Tu = T.underlying
        // A type already reported invalid (a recursive declaration) raises no more errors.
        if Vu === Universe.invalid || Tu === Universe.invalid { return true }
        if isUntyped(V) {
            return implicitTypeAndValue(x, T).0 != nil
        }
        if identical(Vu, Tu) && (!hasName(V) || !hasName(T)) { return true }
        if Tu is Interface {
            if let e = implementsError(V, T) { reason = e; return false }
            return true
        }
        if Vu is Interface, implementsError(T, V) == nil {
            reason = "need type assertion"
            return false
        }
        if let vc = Vu as? Chan, vc.dir == .both, let tc = Tu as? Chan, identical(vc.elem, tc.elem) {
            return !hasName(V) || !hasName(T)
        }
        return false
    }
}

/// Named and basic types have names (spec: "Types").
func hasName(_ t: GoType) -> Bool { t is Named || t is Basic }
