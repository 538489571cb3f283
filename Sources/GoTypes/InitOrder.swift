import GoSyntax

// Package initialization order (spec: "Package initialization"; types2
// initorder.go): variables are initialized in declaration order as soon as
// the variables they depend on, directly or through functions, are.

extension Checker {
    func computeInitOrder() {
        // Dependencies through functions are flattened: each var/const node
        // depends on the vars/consts reachable through function nodes.
        var order: [ObjectIdentifier: Int] = [:]
        for (i, o) in objList.enumerated() { order[ObjectIdentifier(o)] = i }
        func deps(_ o: Object) -> [Object] { objDecls[ObjectIdentifier(o)]?.deps ?? [] }

        let nodes = objList.filter { $0 is Var || $0 is Const }
        var succ: [ObjectIdentifier: Set<ObjectIdentifier>] = [:]
        var objOf: [ObjectIdentifier: Object] = [:]
        for n in nodes {
            objOf[ObjectIdentifier(n)] = n
            var seenFuncs: Set<ObjectIdentifier> = []
            var out: Set<ObjectIdentifier> = []
            var stack = deps(n)
            while let d = stack.popLast() {
                if d is Func {
                    if seenFuncs.insert(ObjectIdentifier(d)).inserted { stack += deps(d) }
                } else if d is Var || d is Const {
                    out.insert(ObjectIdentifier(d))
                }
            }
            succ[ObjectIdentifier(n)] = out
        }
        var remaining = Set(nodes.map { ObjectIdentifier($0) })
        var ndeps: [ObjectIdentifier: Int] = [:]
        for n in nodes { ndeps[ObjectIdentifier(n)] = succ[ObjectIdentifier(n)]?.count ?? 0 }
        var emitted: Set<ObjectIdentifier> = []
        while !remaining.isEmpty {
            // The node with the fewest remaining dependencies, earliest in source order.
            guard let next = remaining.min(by: { a, b in
                let da = ndeps[a] ?? 0, db = ndeps[b] ?? 0
                return da != db ? da < db : (order[a] ?? 0) < (order[b] ?? 0)
            }) else { break }
            remaining.remove(next)
            if (ndeps[next] ?? 0) > 0, let obj = objOf[next] {
                // Only objects on a cycle report it; reducing counts below breaks it for the others.
                var seen: Set<ObjectIdentifier> = []
                if let cycle = findPath(from: obj, to: obj, seen: &seen) { reportInitCycle(cycle) }
            }
            for r in remaining where succ[r]?.contains(next) ?? false { ndeps[r] = (ndeps[r] ?? 1) - 1 }
            guard let v = objOf[next] as? Var, let ini = packageInits[next] else { continue }
            let key = ObjectIdentifier(ini.rhs)
            if emitted.contains(key) { continue }
            emitted.insert(key)
            info.initOrder.append(ini)
            _ = v
        }
    }

    /// A dependency path from `from` back to `to`, reversed, as types2 findPath.
    /// `seen` is shared by the whole search: a node already explored cannot
    /// reach `to` by another route either, which keeps the search linear
    /// (gc's test/initexp.go).
    func findPath(from: Object, to: Object, seen: inout Set<ObjectIdentifier>) -> [Object]? {
        if !seen.insert(ObjectIdentifier(from)).inserted { return nil }
        for d in objDecls[ObjectIdentifier(from)]?.deps ?? [] {
            if d === to { return [d] }
            if let p = findPath(from: d, to: to, seen: &seen) { return p + [d] }
        }
        return nil
    }

    func reportInitCycle(_ cycle: [Object]) {
        guard var obj = cycle.first else { return }
        let first = obj
        var msg = "initialization loop for \(obj.name)"
        var i = cycle.count - 1
        while i >= 0 {
            msg += "\n\t\(fileSet.format(obj.pos)): \(obj.name) refers to"
            obj = cycle[i]
            i -= 1
        }
        msg += "\n\t\(fileSet.format(obj.pos)): \(obj.name)"
        error(first.pos, msg)
    }
}
