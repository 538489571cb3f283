// Method sets (spec: "Method sets"; go/types methodset.go): what an interface
// holding a value of type T can call. IRGen lists them in type descriptors
// and itabs.

/// A method of T's method set and how a value of T reaches it.
public struct MethodSetEntry {
    public let method: Func
    /// As Selection.index: field indices down to the embedded field holding
    /// the method, then the method's index.
    public let index: [Int]
    /// An embedded pointer is followed on the way, or T itself is a pointer.
    public let indirect: Bool
}

/// The method set of T, sorted by name bytewise (abi.h golly_method). For a
/// value type only value-receiver methods, and pointer-receiver methods
/// reached through an embedded pointer; for *T all of them. Ambiguous
/// names (the same depth twice) are not in the set.
public func methodSet(of T: GoType) -> [MethodSetEntry] {
    if T.underlying is Interface { return [] }
    var names: Set<String> = []
    collectMethodNames(T, into: &names, depth: 0, seen: [])
    var entries: [MethodSetEntry] = []
    for name in names {
        let r = lookupFieldOrMethod(T, addressable: false, name)
        guard let f = r.obj as? Func, let index = r.index else { continue }
        entries.append(MethodSetEntry(method: f, index: index, indirect: r.indirect))
    }
    return entries.sorted { Array($0.method.name.utf8).lexicographicallyPrecedes(Array($1.method.name.utf8)) }
}

/// Every method name declared on T or on a type embedded in it, at any depth.
private func collectMethodNames(_ T: GoType, into names: inout Set<String>, depth: Int, seen: Set<ObjectIdentifier>) {
    guard depth < 64 else { return }
    var t = T
    if let p = t.underlying as? Pointer, !(t is Named) { t = p.elem }
    var seen = seen
    if let n = t as? Named {
        guard seen.insert(ObjectIdentifier(n)).inserted else { return }
        for m in n.methods { names.insert(m.name) }
    }
    switch t.underlying {
    case let s as Struct:
        for f in s.fields where f.isEmbedded {
            if let ft = f.type { collectMethodNames(ft, into: &names, depth: depth + 1, seen: seen) }
        }
    case let i as Interface where depth > 0:
        for m in (i.allMethods.isEmpty ? i.methods : i.allMethods) { names.insert(m.name) }
    default: break
    }
}
